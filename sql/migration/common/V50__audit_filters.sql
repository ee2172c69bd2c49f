-- The audit page filters by physician and by who made the change, and shows names beside codes: each change
-- records the physician (cert_no) and the institution (org_code) it concerns, when it concerns one. Rows written
-- before this version get them from their entity key (application, confirmation, delegation:
-- cert_no/cycle; hide, evaluation: cert_no/org_code/cycle; an institution's own records: org_code/...; an
-- account: the account itself).
ALTER TABLE audit_event ADD COLUMN cert_no VARCHAR(32);
ALTER TABLE audit_event ADD COLUMN org_code VARCHAR(64);

UPDATE audit_event
SET cert_no = CASE WHEN LOCATE('/', entity_key) > 0 THEN SUBSTRING(entity_key, 1, LOCATE('/', entity_key) - 1)
                   ELSE entity_key END
WHERE entity IN ('application', 'physician_confirmation', 'exam_delegation', 'physician_hide', 'evaluation');

UPDATE audit_event
SET org_code = SUBSTRING(entity_key, LOCATE('/', entity_key) + 1,
                         LOCATE('/', entity_key, LOCATE('/', entity_key) + 1) - LOCATE('/', entity_key) - 1)
WHERE entity IN ('physician_hide', 'evaluation') AND LOCATE('/', entity_key, LOCATE('/', entity_key) + 1) > 0;

UPDATE audit_event
SET org_code = CASE WHEN LOCATE('/', entity_key) > 0 THEN SUBSTRING(entity_key, 1, LOCATE('/', entity_key) - 1)
                    ELSE entity_key END
WHERE entity IN ('institution_confirmation', 'institution_member', 'assessment_application');

UPDATE audit_event SET cert_no = entity_key
WHERE entity = 'account' AND entity_key IN (SELECT username FROM account WHERE role = 'PHYSICIAN');
UPDATE audit_event SET org_code = entity_key
WHERE entity = 'account' AND entity_key IN (SELECT username FROM account WHERE role = 'INSTITUTION');

-- newest first within one physician's or one account's changes: one index range per page
CREATE INDEX ix_audit_event_cert ON audit_event (cert_no, id);
CREATE INDEX ix_audit_event_user ON audit_event (username, id);
