-- The daily prediction (issue 23; spec "Seeing it coming: predicted result and next step"): each physician's
-- predicted result (the ruling as if CLOSE were today) and the steps still open, one row per physician and cycle,
-- rewritten only when it changes; the day's counts per institution and step, kept day by day for the offices'
-- 14-day charts; and the runs that wrote them (their business date is the data date the pages show).
CREATE TABLE prediction_run (
  id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cycle_year       VARCHAR(8)  NOT NULL, -- the cycle's code (2026, 2026R)
  business_date    DATE        NOT NULL, -- the day predicted for: the data date
  job_execution_id BIGINT,
  started_at       DATETIME(6) NOT NULL,
  finished_at      DATETIME(6),
  physicians       BIGINT      NOT NULL DEFAULT 0,
  changed          BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX ix_prediction_run_cycle ON prediction_run (cycle_year, id);

CREATE TABLE prediction (
  cycle_year    VARCHAR(8)   NOT NULL,
  cert_no       VARCHAR(32)  NOT NULL,
  name          VARCHAR(100) NOT NULL,
  main_org_code VARCHAR(64)  NOT NULL,
  district_code VARCHAR(6),             -- district of the main org; NULL = unknown main org
  outcome_code  INT          NOT NULL,  -- predicted: 0 暂存, 1 合格, 2 不合格, 3 未参加, 4 顺延再次考核
  ethics        VARCHAR(8)   NOT NULL,  -- PASS / FAIL / MISSING, as if CLOSE were today
  performance   VARCHAR(8)   NOT NULL,
  business      VARCHAR(8)   NOT NULL,
  reasons       VARCHAR(300) NOT NULL DEFAULT '',
  next_step     VARCHAR(8),             -- SUBMIT, APPROVE, RATE, CONFIRM, EXAM; NULL = nothing left to do
  next_actor    VARCHAR(12),            -- PHYSICIAN, MAIN_ORG, SITE
  next_org      VARCHAR(64),            -- the institution that must act (MAIN_ORG, SITE)
  deadline      DATE,                   -- of the next step
  returned      CHAR(1)      NOT NULL DEFAULT 'N', -- the next step is resubmitting a returned application
  exam_mode     VARCHAR(12),            -- EXAM: ONLINE, OFFLINE, SIMPLIFIED
  tries_left    INT,                    -- EXAM online: tries left of 3
  open_steps    VARCHAR(600) NOT NULL DEFAULT '', -- every open step, STEP:ACTOR:org;… (org empty for the physician)
  content_hash  CHAR(64)     NOT NULL,
  run_id        BIGINT,                 -- the run that last changed it; NULL = recomputed after a change on the web
  predicted_on  DATE         NOT NULL,  -- the day it was last changed for
  updated_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (cycle_year, cert_no)
);
CREATE INDEX ix_prediction_org ON prediction (cycle_year, main_org_code, deadline);
CREATE INDEX ix_prediction_district ON prediction (cycle_year, district_code, next_step, deadline);

-- one row per day, institution (the main org: each physician counted once) and step ('NONE': no step left)
CREATE TABLE prediction_count (
  cycle_year    VARCHAR(8)  NOT NULL,
  business_date DATE        NOT NULL,
  org_code      VARCHAR(64) NOT NULL,
  district_code VARCHAR(6)  NOT NULL, -- '' = the main org is unknown (未知)
  step          VARCHAR(8)  NOT NULL,
  physicians    BIGINT      NOT NULL,
  at_risk       BIGINT      NOT NULL, -- overdue or due within the risk days, or predicted 不合格
  overdue       BIGINT      NOT NULL,
  PRIMARY KEY (cycle_year, business_date, org_code, step)
);
CREATE INDEX ix_prediction_count_district ON prediction_count (cycle_year, district_code, business_date);
