-- The registry's receipt (回执, spec "The registry's receipt"): the electronic registration system's answer to each
-- delivery of the feed, one row per delivered row, ACCEPTED (已入库) or REJECTED (未入库) with its reason.
-- The delivered rows themselves are read from the delivery file (its SHA-256 is in feed_delivery), so a
-- delivery costs nothing more to write; a receipt is checked against that file before anything is recorded.

-- one row per delivery answered: the receipt's fingerprint (the same file again changes nothing; a different
-- answer to a delivery already answered is refused) and its counts
CREATE TABLE registry_receipt (
  cycle_year   VARCHAR(8)   NOT NULL,
  seq_no       INT          NOT NULL,
  file_name    VARCHAR(64)  NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  row_count    BIGINT       NOT NULL,
  accepted     BIGINT       NOT NULL,
  rejected     BIGINT       NOT NULL,
  imported_at  DATETIME(6)  NOT NULL,
  imported_by  VARCHAR(100) NOT NULL, -- the office account on the web, the operator (user@host) on the command line
  PRIMARY KEY (cycle_year, seq_no)
);

-- every REJECTED row of every receipt: the reasons of a delivery, and a physician's history (rejections are few;
-- accepted rows are counted, not kept per delivery)
CREATE TABLE registry_rejection (
  cycle_year   VARCHAR(8)   NOT NULL,
  seq_no       INT          NOT NULL,
  cert_no      VARCHAR(32)  NOT NULL,
  line_no      BIGINT       NOT NULL, -- line of the receipt (header = 1)
  outcome_code INT          NOT NULL, -- as delivered; 0 = a revocation (撤销)
  reason_code  VARCHAR(64)  NOT NULL,
  reason       VARCHAR(500) NOT NULL,
  PRIMARY KEY (cycle_year, seq_no, cert_no)
);

-- what the registry holds, per physician: its answer to the latest delivery (by sequence) that carried the physician
-- and has been answered. A receipt of an older delivery imported late does not overwrite a newer answer.
CREATE TABLE registry_answer (
  cycle_year   VARCHAR(8)   NOT NULL,
  cert_no      VARCHAR(32)  NOT NULL,
  seq_no       INT          NOT NULL,
  outcome_code INT          NOT NULL, -- as delivered in that delivery
  status       VARCHAR(8)   NOT NULL, -- ACCEPTED / REJECTED
  reason_code  VARCHAR(64)  NOT NULL,
  reason       VARCHAR(500) NOT NULL,
  PRIMARY KEY (cycle_year, cert_no)
);
-- the rejected physicians of every cycle, for the city office's page
CREATE INDEX ix_registry_answer_status ON registry_answer (status, cycle_year, seq_no);
