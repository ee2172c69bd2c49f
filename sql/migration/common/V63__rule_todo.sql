-- Issue 26: the physicians a CHANGED ruling run rules, written by its rule.start (kept with the run: a restart
-- reads the same list).
CREATE TABLE rule_todo (
  run_id  BIGINT      NOT NULL,
  cert_no VARCHAR(32) NOT NULL,
  PRIMARY KEY (run_id, cert_no)
);
