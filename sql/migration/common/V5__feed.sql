-- Registry feed (spec "Registry feed"): deliveries, their per-cycle sequence, and the state as last delivered.

-- one row per cycle; locked (SELECT ... FOR UPDATE) while a delivery is written, so that concurrent runs
-- take consecutive sequence numbers and DELTAs are computed against a settled delivered state
CREATE TABLE feed_counter (
  cycle_year INT NOT NULL PRIMARY KEY,
  last_seq   INT NOT NULL
);

CREATE TABLE feed_delivery (
  cycle_year      INT          NOT NULL,
  seq_no          INT          NOT NULL,
  file_name       VARCHAR(64)  NOT NULL,
  feed_mode       VARCHAR(8)   NOT NULL, -- FULL / DELTA
  row_count       BIGINT       NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  business_date   DATE         NOT NULL,
  generated_at    DATETIME(6)  NOT NULL,
  folder          VARCHAR(1000) NOT NULL, -- where the file was written (restart finishes its rename there)
  job_instance_id BIGINT       NOT NULL,
  PRIMARY KEY (cycle_year, seq_no),
  CONSTRAINT uk_feed_delivery_instance UNIQUE (job_instance_id)
);

-- every physician as the registry knows them after the last delivery of the cycle (fields of the feed,
-- decided_on aside): a DELTA is the difference between this and the current results
CREATE TABLE feed_delivered_row (
  cycle_year    INT          NOT NULL,
  cert_no       VARCHAR(32)  NOT NULL,
  cert_type     VARCHAR(16)  NOT NULL,
  name          VARCHAR(100) NOT NULL,
  outcome_code  INT          NOT NULL,
  ethics        VARCHAR(8)   NOT NULL,
  performance   VARCHAR(8)   NOT NULL,
  business      VARCHAR(8)   NOT NULL,
  specialty     VARCHAR(64)  NOT NULL,
  main_org_code VARCHAR(64)  NOT NULL,
  simplified    CHAR(1)      NOT NULL,
  reasons       VARCHAR(300) NOT NULL,
  seq_no        INT          NOT NULL,
  PRIMARY KEY (cycle_year, cert_no)
);
