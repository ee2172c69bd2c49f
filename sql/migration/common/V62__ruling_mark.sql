-- Issue 26: the highest id of each input table when a ruling run started: a row with a higher id is new to the
-- next run, whatever its updated_at says (a writer's clock is not trusted alone).
CREATE TABLE ruling_mark (
  run_id     BIGINT      NOT NULL,
  table_name VARCHAR(32) NOT NULL,
  last_id    BIGINT      NOT NULL,
  PRIMARY KEY (run_id, table_name)
);
