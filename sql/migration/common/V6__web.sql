-- The web layer: accounts, institution details, assessment-institution applications, exam delegations,
-- physicians' confirmations and the audit trail. Inputs changed on the web stay in the V1 tables (source = WEB).

-- One login per physician (cert_no), institution (org_code) or office (dk + district code).
-- initial_password = Y: the password is the initial rule (last 6 characters + '*Dk') and no hash is stored yet;
-- provisioning a million physicians is then one INSERT ... SELECT instead of a million bcrypt rounds.
CREATE TABLE account (
  username             VARCHAR(64)  NOT NULL PRIMARY KEY,
  role                 VARCHAR(12)  NOT NULL, -- PHYSICIAN, INSTITUTION, DISTRICT, CITY
  org_code             VARCHAR(64),           -- INSTITUTION: its org; PHYSICIAN: main org when provisioned
  district_code        VARCHAR(6),            -- INSTITUTION / DISTRICT scope; CITY: 110000
  password_hash        VARCHAR(100),
  initial_password     CHAR(1)      NOT NULL DEFAULT 'Y',
  must_change_password CHAR(1)      NOT NULL DEFAULT 'Y',
  failed_attempts      INT          NOT NULL DEFAULT 0,
  locked_until         DATETIME(6),
  last_login_at        DATETIME(6),
  password_changed_at  DATETIME(6),
  created_at           DATETIME(6)  NOT NULL,
  updated_at           DATETIME(6)  NOT NULL
);
CREATE INDEX ix_account_org ON account (org_code);
CREATE INDEX ix_account_district ON account (district_code, role);

INSERT INTO account (username, role, district_code, created_at, updated_at)
SELECT CONCAT('dk', district_code), 'DISTRICT', district_code, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM district;
INSERT INTO account (username, role, district_code, created_at, updated_at)
VALUES ('dk110000', 'CITY', '110000', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- 基础信息确认: the institution confirms its registration once per cycle
CREATE TABLE institution_confirmation (
  org_code     VARCHAR(64) NOT NULL,
  cycle_year   INT         NOT NULL,
  confirmed_by VARCHAR(64) NOT NULL,
  confirmed_at DATETIME(6) NOT NULL,
  PRIMARY KEY (org_code, cycle_year)
);

-- 考核委员会 / 考核办公室 members
CREATE TABLE institution_member (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_code   VARCHAR(64)  NOT NULL,
  body       VARCHAR(12)  NOT NULL, -- COMMITTEE, OFFICE
  name       VARCHAR(100) NOT NULL,
  position   VARCHAR(100),
  phone      VARCHAR(32),
  updated_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_institution_member_org ON institution_member (org_code, body);

-- 申请为考核机构: approved by the district or city office, effective 24 h after approval (manual §5)
CREATE TABLE assessment_application (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_code     VARCHAR(64) NOT NULL,
  cycle_year   INT         NOT NULL,
  status       VARCHAR(12) NOT NULL, -- PENDING, APPROVED
  applied_by   VARCHAR(64) NOT NULL,
  applied_at   DATETIME(6) NOT NULL,
  approved_by  VARCHAR(64),
  approved_at  DATETIME(6),
  effective_at DATETIME(6),
  CONSTRAINT uk_assessment_application UNIQUE (org_code, cycle_year)
);

-- a physician's exam delegated to an association (catalog board other than MUNICIPAL); the application's
-- exam_org_code is set to the exam org at the same time, this row keeps who delegated to which board
CREATE TABLE exam_delegation (
  cert_no       VARCHAR(32) NOT NULL,
  cycle_year    INT         NOT NULL,
  board         VARCHAR(64) NOT NULL,
  exam_org_code VARCHAR(64) NOT NULL,
  delegated_by  VARCHAR(64) NOT NULL,
  delegated_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (cert_no, cycle_year)
);
CREATE INDEX ix_exam_delegation_org ON exam_delegation (exam_org_code, cycle_year);

-- 医师信息确认: the physician confirms each section of the roster data (PERSONAL, PRACTICE, MULTISITE)
CREATE TABLE physician_confirmation (
  cert_no      VARCHAR(32) NOT NULL,
  cycle_year   INT         NOT NULL,
  section      VARCHAR(12) NOT NULL,
  confirmed_at DATETIME(6) NOT NULL,
  PRIMARY KEY (cert_no, cycle_year, section)
);

-- every change made on the web: who, when, what (entity + key + field), old -> new
CREATE TABLE audit_event (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at   DATETIME(6)  NOT NULL,
  username      VARCHAR(64)  NOT NULL,
  role          VARCHAR(12)  NOT NULL,
  district_code VARCHAR(6),             -- district of the changed entity, so a district office sees its own
  entity        VARCHAR(32)  NOT NULL,
  entity_key    VARCHAR(200) NOT NULL,
  field         VARCHAR(64)  NOT NULL,
  old_value     VARCHAR(500),
  new_value     VARCHAR(500)
);
CREATE INDEX ix_audit_event_district ON audit_event (district_code, occurred_at);
