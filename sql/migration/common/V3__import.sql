-- Import staging: one table per input kind, keyed by (file_id, line_no) so that a chunk written twice
-- (restart after a crash) overwrites itself instead of doubling. A file is merged into the real tables in
-- one transaction and its staging rows are then deleted; the (file_id, key, line_no) indexes serve the
-- "is there a later line for this key" lookups of the merge.

CREATE TABLE stage_institution (
  file_id       BIGINT       NOT NULL,
  line_no       BIGINT       NOT NULL,
  org_code      VARCHAR(64)  NOT NULL,
  org_name      VARCHAR(200) NOT NULL,
  district_code VARCHAR(6)   NOT NULL,
  exam_org      CHAR(1)      NOT NULL,
  PRIMARY KEY (file_id, line_no)
);
CREATE INDEX ix_stage_institution_key ON stage_institution (file_id, org_code, line_no);

CREATE TABLE stage_physician (
  file_id           BIGINT       NOT NULL,
  line_no           BIGINT       NOT NULL,
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
  PRIMARY KEY (file_id, line_no)
);
CREATE INDEX ix_stage_physician_key ON stage_physician (file_id, cert_no, line_no);

-- the practice sites of each roster line (main + others), split by the reader
CREATE TABLE stage_physician_site (
  file_id  BIGINT      NOT NULL,
  line_no  BIGINT      NOT NULL,
  org_code VARCHAR(64) NOT NULL,
  is_main  CHAR(1)     NOT NULL,
  PRIMARY KEY (file_id, line_no, org_code)
);

CREATE TABLE stage_application (
  file_id             BIGINT       NOT NULL,
  line_no             BIGINT       NOT NULL,
  cert_no             VARCHAR(32)  NOT NULL,
  cycle_year          INT          NOT NULL,
  specialty           VARCHAR(64),
  status              VARCHAR(12)  NOT NULL,
  submitted_at        DATETIME(6),
  approved_at         DATETIME(6),
  simplified          CHAR(1)      NOT NULL,
  simplified_category INT,
  evidence_ref        VARCHAR(100),
  evidence_date       DATE,
  aid_months          INT,
  exam_org_code       VARCHAR(64),
  PRIMARY KEY (file_id, line_no)
);
CREATE INDEX ix_stage_application_key ON stage_application (file_id, cert_no, cycle_year, line_no);

CREATE TABLE stage_evaluation (
  file_id      BIGINT      NOT NULL,
  line_no      BIGINT      NOT NULL,
  cert_no      VARCHAR(32) NOT NULL,
  org_code     VARCHAR(64) NOT NULL,
  cycle_year   INT         NOT NULL,
  ethics       VARCHAR(4)  NOT NULL,
  performance  VARCHAR(4)  NOT NULL,
  evaluated_at DATETIME(6) NOT NULL,
  confirmed    CHAR(1)     NOT NULL,
  PRIMARY KEY (file_id, line_no)
);
CREATE INDEX ix_stage_evaluation_key ON stage_evaluation (file_id, cert_no, org_code, cycle_year, line_no);

CREATE TABLE stage_exam_attempt (
  file_id         BIGINT       NOT NULL,
  line_no         BIGINT       NOT NULL,
  cert_no         VARCHAR(32)  NOT NULL,
  cycle_year      INT          NOT NULL,
  attempt_no      INT          NOT NULL,
  exam_mode       VARCHAR(12)  NOT NULL,
  specialty       VARCHAR(64),
  law_score       DECIMAL(6,2),
  specialty_score DECIMAL(6,2),
  passed          CHAR(1)      NOT NULL,
  taken_at        DATETIME(6)  NOT NULL,
  exam_org_code   VARCHAR(64),
  PRIMARY KEY (file_id, line_no)
);
CREATE INDEX ix_stage_exam_attempt_key ON stage_exam_attempt (file_id, cert_no, cycle_year, exam_mode, attempt_no, line_no);

CREATE TABLE stage_hide (
  file_id     BIGINT       NOT NULL,
  line_no     BIGINT       NOT NULL,
  cert_no     VARCHAR(32)  NOT NULL,
  org_code    VARCHAR(64)  NOT NULL,
  cycle_year  INT          NOT NULL,
  reason      VARCHAR(500),
  hidden_at   DATETIME(6)  NOT NULL,
  unhidden_at DATETIME(6),
  PRIMARY KEY (file_id, line_no)
);
CREATE INDEX ix_stage_hide_key ON stage_hide (file_id, cert_no, org_code, cycle_year, line_no);

CREATE INDEX ix_import_file_kind ON import_file (kind, status);
