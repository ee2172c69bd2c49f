-- Core schema of dingkao. Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB (utf8mb4, binary collation).
-- Natural keys are unique constraints; surrogate ids exist so that a ruling can name the rows that decided it.

-- ---------------------------------------------------------------- reference data
CREATE TABLE district (
  district_code VARCHAR(6)  NOT NULL PRIMARY KEY,
  district_name VARCHAR(32) NOT NULL
);

CREATE TABLE specialty_catalog (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board             VARCHAR(64)  NOT NULL, -- MUNICIPAL or the name of an association (委托协会)
  practice_category VARCHAR(32)  NOT NULL, -- may hold several categories separated by ';'
  clinical_subject  VARCHAR(64)  NOT NULL,
  practice_scope    VARCHAR(64)  NOT NULL,
  exam_specialty    VARCHAR(64)  NOT NULL,
  exam_mode         VARCHAR(8)   NOT NULL  -- ONLINE / OFFLINE
);
CREATE INDEX ix_catalog_scope ON specialty_catalog (practice_scope);

-- one row per phase of a cycle's timeline (附件1); configurable, never hard-coded in code
CREATE TABLE cycle_phase (
  cycle_year INT         NOT NULL,
  phase      VARCHAR(16) NOT NULL, -- REGISTRATION, REVIEW, EVALUATION, CONFIRMATION, EXAM, VERIFICATION, CLOSE, FEED
  starts_on  DATE        NOT NULL,
  ends_on    DATE        NOT NULL,
  PRIMARY KEY (cycle_year, phase)
);

-- ---------------------------------------------------------------- import bookkeeping
CREATE TABLE import_file (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(16)  NOT NULL, -- institutions, roster, applications, evaluations, exam_attempts, hidden
  file_name        VARCHAR(255) NOT NULL,
  sha256           CHAR(64)     NOT NULL,
  size_bytes       BIGINT       NOT NULL,
  status           VARCHAR(12)  NOT NULL, -- LOADING, IMPORTED, REFUSED
  rows_read        BIGINT       NOT NULL DEFAULT 0,
  rows_imported    BIGINT       NOT NULL DEFAULT 0,
  rows_rejected    BIGINT       NOT NULL DEFAULT 0,
  message          VARCHAR(1000),
  job_execution_id BIGINT,
  started_at       DATETIME(6)  NOT NULL,
  finished_at      DATETIME(6)
);
CREATE INDEX ix_import_file_sha ON import_file (sha256, status);

CREATE TABLE import_reject (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  file_id     BIGINT       NOT NULL,
  line_no     BIGINT       NOT NULL,
  column_name VARCHAR(64),
  raw_value   VARCHAR(500),
  reason_zh   VARCHAR(255) NOT NULL,
  reason_en   VARCHAR(255) NOT NULL,
  CONSTRAINT uk_import_reject UNIQUE (file_id, line_no, column_name)
);

-- ---------------------------------------------------------------- inputs (files and web are one truth)
-- source = FILE (file_id/line_no name the line) or WEB (the audit trail names the change)
CREATE TABLE institution (
  org_code      VARCHAR(64)  NOT NULL PRIMARY KEY,
  org_name      VARCHAR(200) NOT NULL,
  district_code VARCHAR(6)   NOT NULL,
  exam_org      CHAR(1)      NOT NULL DEFAULT 'N',
  source        VARCHAR(8)   NOT NULL DEFAULT 'FILE',
  file_id       BIGINT,
  line_no       BIGINT,
  updated_at    DATETIME(6)  NOT NULL
);
CREATE INDEX ix_institution_district ON institution (district_code);

CREATE TABLE physician (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cert_no           VARCHAR(32)  NOT NULL,
  cert_type         VARCHAR(16)  NOT NULL,
  name              VARCHAR(100) NOT NULL,
  gender            VARCHAR(8),
  birth_date        DATE,
  practice_category VARCHAR(32),
  practice_scopes   VARCHAR(500),
  main_org_code     VARCHAR(64)  NOT NULL,
  other_org_codes   VARCHAR(1000),
  title             VARCHAR(64),
  title_date        DATE,
  registered_on     DATE,
  source            VARCHAR(8)   NOT NULL DEFAULT 'FILE',
  file_id           BIGINT,
  line_no           BIGINT,
  updated_at        DATETIME(6)  NOT NULL,
  CONSTRAINT uk_physician UNIQUE (cert_no)
);
CREATE INDEX ix_physician_main_org ON physician (main_org_code);

-- the practice sites of a physician (main + others), kept by the importer so that
-- "physicians of institution X" is an indexed query rather than a string search
CREATE TABLE physician_site (
  cert_no  VARCHAR(32) NOT NULL,
  org_code VARCHAR(64) NOT NULL,
  is_main  CHAR(1)     NOT NULL,
  PRIMARY KEY (cert_no, org_code)
);
CREATE INDEX ix_physician_site_org ON physician_site (org_code);

CREATE TABLE application (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cert_no             VARCHAR(32)  NOT NULL,
  cycle_year          INT          NOT NULL,
  specialty           VARCHAR(64),
  status              VARCHAR(12)  NOT NULL, -- DRAFT, SUBMITTED, APPROVED, RETURNED
  submitted_at        DATETIME(6),
  approved_at         DATETIME(6),
  simplified          CHAR(1)      NOT NULL DEFAULT 'N',
  simplified_category INT,
  evidence_ref        VARCHAR(100),
  evidence_date       DATE,
  aid_months          INT,
  exam_org_code       VARCHAR(64),
  return_reason       VARCHAR(500),
  source              VARCHAR(8)   NOT NULL DEFAULT 'FILE',
  file_id             BIGINT,
  line_no             BIGINT,
  updated_at          DATETIME(6)  NOT NULL,
  CONSTRAINT uk_application UNIQUE (cert_no, cycle_year)
);
CREATE INDEX ix_application_cycle ON application (cycle_year, cert_no);

CREATE TABLE evaluation (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cert_no      VARCHAR(32) NOT NULL,
  org_code     VARCHAR(64) NOT NULL,
  cycle_year   INT         NOT NULL,
  ethics       VARCHAR(4)  NOT NULL, -- PASS / FAIL
  performance  VARCHAR(4)  NOT NULL,
  evaluated_at DATETIME(6) NOT NULL,
  confirmed    CHAR(1)     NOT NULL,
  source       VARCHAR(8)  NOT NULL DEFAULT 'FILE',
  file_id      BIGINT,
  line_no      BIGINT,
  updated_at   DATETIME(6) NOT NULL,
  CONSTRAINT uk_evaluation UNIQUE (cert_no, org_code, cycle_year)
);
CREATE INDEX ix_evaluation_cycle ON evaluation (cycle_year, cert_no);
CREATE INDEX ix_evaluation_org ON evaluation (org_code, cycle_year);

CREATE TABLE exam_attempt (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cert_no         VARCHAR(32)  NOT NULL,
  cycle_year      INT          NOT NULL,
  attempt_no      INT          NOT NULL,
  exam_mode       VARCHAR(12)  NOT NULL, -- ONLINE, OFFLINE, SIMPLIFIED
  specialty       VARCHAR(64),
  law_score       DECIMAL(6,2),
  specialty_score DECIMAL(6,2),
  passed          CHAR(1)      NOT NULL,
  taken_at        DATETIME(6)  NOT NULL,
  exam_org_code   VARCHAR(64),
  source          VARCHAR(8)   NOT NULL DEFAULT 'FILE',
  file_id         BIGINT,
  line_no         BIGINT,
  updated_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uk_exam_attempt UNIQUE (cert_no, cycle_year, exam_mode, attempt_no)
);
CREATE INDEX ix_exam_attempt_cycle ON exam_attempt (cycle_year, cert_no);

CREATE TABLE physician_hide (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cert_no     VARCHAR(32)  NOT NULL,
  org_code    VARCHAR(64)  NOT NULL,
  cycle_year  INT          NOT NULL,
  reason      VARCHAR(500),
  hidden_at   DATETIME(6)  NOT NULL,
  unhidden_at DATETIME(6),
  source      VARCHAR(8)   NOT NULL DEFAULT 'FILE',
  file_id     BIGINT,
  line_no     BIGINT,
  updated_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uk_physician_hide UNIQUE (cert_no, org_code, cycle_year)
);
CREATE INDEX ix_physician_hide_cycle ON physician_hide (cycle_year, cert_no);

-- repeated natural keys seen while importing (spec: DUPLICATE_APPLICATION, EVALUATION_CONFLICT);
-- the ruling turns them into warnings
CREATE TABLE input_conflict (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code       VARCHAR(32)  NOT NULL,
  cert_no    VARCHAR(32)  NOT NULL,
  org_code   VARCHAR(64)  NOT NULL DEFAULT '',
  cycle_year INT          NOT NULL,
  detail     VARCHAR(500),
  file_id    BIGINT,
  created_at DATETIME(6)  NOT NULL,
  CONSTRAINT uk_input_conflict UNIQUE (code, cert_no, org_code, cycle_year)
);

-- ---------------------------------------------------------------- ruling
CREATE TABLE ruling_run (
  id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cycle_year       INT         NOT NULL,
  business_date    DATE        NOT NULL,
  job_execution_id BIGINT,
  started_at       DATETIME(6) NOT NULL,
  finished_at      DATETIME(6),
  physicians       BIGINT      NOT NULL DEFAULT 0,
  changed          BIGINT      NOT NULL DEFAULT 0
);

-- one row per physician and cycle
CREATE TABLE result (
  cycle_year         INT          NOT NULL,
  cert_no            VARCHAR(32)  NOT NULL,
  cert_type          VARCHAR(16)  NOT NULL,
  name               VARCHAR(100) NOT NULL,
  main_org_code      VARCHAR(64)  NOT NULL,
  district_code      VARCHAR(6),            -- district of the main org; NULL = unknown main org (未知)
  outcome_code       INT          NOT NULL, -- 0 HIDDEN, 1 合格, 2 不合格, 3 未参加, 4 顺延再次考核
  ethics             VARCHAR(8)   NOT NULL, -- PASS / FAIL / MISSING
  performance        VARCHAR(8)   NOT NULL,
  business           VARCHAR(8)   NOT NULL,
  reasons            VARCHAR(300) NOT NULL DEFAULT '', -- codes, ASCII order, ';'-separated
  warnings           VARCHAR(600) NOT NULL DEFAULT '',
  application_status VARCHAR(12),           -- NULL = no application
  specialty          VARCHAR(64),
  simplified         CHAR(1)      NOT NULL DEFAULT 'N',
  all_sites_rated    CHAR(1)      NOT NULL DEFAULT 'N',
  exam_passed        CHAR(1)      NOT NULL DEFAULT 'N',
  lineage            VARCHAR(2000) NOT NULL DEFAULT '', -- ids of the input rows that decided it
  content_hash       CHAR(64)     NOT NULL,  -- of everything above: a rerun changes the row only when this differs
  version            INT          NOT NULL,
  run_id             BIGINT       NOT NULL,
  decided_on         DATE         NOT NULL,  -- business date of the run that last changed it
  updated_at         DATETIME(6)  NOT NULL,
  PRIMARY KEY (cycle_year, cert_no)
);
CREATE INDEX ix_result_district ON result (cycle_year, district_code, outcome_code);
CREATE INDEX ix_result_org ON result (cycle_year, main_org_code);

CREATE TABLE ruling_exception (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cycle_year    INT          NOT NULL,
  code          VARCHAR(32)  NOT NULL,
  severity      VARCHAR(8)   NOT NULL, -- WARN (does not change a ruling) / REASON
  cert_no       VARCHAR(32),
  org_code      VARCHAR(64),
  district_code VARCHAR(6),
  detail        VARCHAR(500),
  run_id        BIGINT       NOT NULL
);
CREATE INDEX ix_ruling_exception_cert ON ruling_exception (cycle_year, cert_no);
CREATE INDEX ix_ruling_exception_district ON ruling_exception (cycle_year, district_code);
