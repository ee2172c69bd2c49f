-- The audit page lists the newest changes first, 100 at a time, and pages by id (keyset): one index range per
-- page for a district office, however long the trail grows.
CREATE INDEX ix_audit_event_district_id ON audit_event (district_code, id);
