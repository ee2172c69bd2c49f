-- Issue 26: a night rules only the physicians whose records changed since the last finished ruling of the cycle,
-- or whose outcome the business date can change (a hide whose unhidden_at falls between the two dates).
-- basis: the fingerprint of everything else a ruling depends on (specialty catalog, the cycle's timeline,
-- institutions, the build of the rules); a run whose basis differs from the last one rules everyone.
-- scope: FULL (every physician) or CHANGED (the physicians listed in rule_todo for the run).
ALTER TABLE ruling_run ADD COLUMN basis CHAR(64);
ALTER TABLE ruling_run ADD COLUMN scope VARCHAR(8);

-- the highest id of each input table when a run started: a row with a higher id is new to the next run, whatever
-- its updated_at says (a writer's clock is not trusted alone)
CREATE TABLE ruling_mark (
  run_id     BIGINT      NOT NULL,
  table_name VARCHAR(32) NOT NULL,
  last_id    BIGINT      NOT NULL,
  PRIMARY KEY (run_id, table_name)
);

-- the physicians a CHANGED run rules, written by its rule.start (kept with the run: a restart reads the same list)
CREATE TABLE rule_todo (
  run_id  BIGINT      NOT NULL,
  cert_no VARCHAR(32) NOT NULL,
  PRIMARY KEY (run_id, cert_no)
);

-- what was written since the previous run, found by index range rather than by reading every row (on H2 a scan of
-- 200,000 rows opened cold takes 1.5 s); a stamp grows with time, so a merge appends at the end of the index
CREATE INDEX ix_physician_updated ON physician (updated_at);
CREATE INDEX ix_application_updated ON application (updated_at);
CREATE INDEX ix_evaluation_updated ON evaluation (updated_at);
CREATE INDEX ix_exam_attempt_updated ON exam_attempt (updated_at);
CREATE INDEX ix_physician_hide_updated ON physician_hide (updated_at);
CREATE INDEX ix_input_conflict_created ON input_conflict (created_at);
