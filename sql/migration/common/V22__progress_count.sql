-- The offices' progress dashboard at city scale: one row per institution and cycle with its counts (each
-- physician counted once, at the main org), so a page is a read of a few dozen rows instead of an aggregation
-- over every physician. A district's rows are recomputed set-based after each batch run (import, rule, nightly)
-- and when the dashboard first needs them; a web change marks the main org's row stale and the next dashboard
-- request recomputes that row alone.
CREATE TABLE progress_count (
  cycle_year    VARCHAR(8)  NOT NULL, -- the cycle's code (2026, 2026R)
  org_code      VARCHAR(64) NOT NULL,
  district_code VARCHAR(6)  NOT NULL,
  physicians    BIGINT      NOT NULL DEFAULT 0, -- 应考 (physicians whose main org it is)
  registered    BIGINT      NOT NULL DEFAULT 0, -- application SUBMITTED or APPROVED
  approved      BIGINT      NOT NULL DEFAULT 0,
  rated         BIGINT      NOT NULL DEFAULT 0, -- every practice site has rated
  tested        BIGINT      NOT NULL DEFAULT 0, -- at least one exam record of the cycle
  ruled         BIGINT      NOT NULL DEFAULT 0, -- a result of the cycle
  stale         CHAR(1)     NOT NULL DEFAULT 'N',
  refreshed_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (cycle_year, org_code)
);
CREATE INDEX ix_progress_count_district ON progress_count (cycle_year, district_code, org_code);

-- when each district's rows were last recomputed, and the number of finished batch runs at that moment: a run
-- that finished since makes them out of date
CREATE TABLE progress_refresh (
  cycle_year    VARCHAR(8)  NOT NULL, -- the cycle's code (2026, 2026R)
  district_code VARCHAR(6)  NOT NULL,
  runs_finished BIGINT      NOT NULL,
  refreshed_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (cycle_year, district_code)
);
