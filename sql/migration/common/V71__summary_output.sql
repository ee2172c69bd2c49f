-- Issue 26: the workbooks written, with the fingerprint of everything they show except the business date (the
-- results and exceptions of the cycle, the input rows the exceptions cite, institutions and districts, the build,
-- the results' standing). A night whose fingerprint matches an earlier night's copies that night's workbooks with
-- the new date instead of writing them again. One statement (see V61).
CREATE TABLE summary_output (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cycle_year    VARCHAR(8)    NOT NULL,
  business_date DATE          NOT NULL,
  area_code     VARCHAR(6)    NOT NULL,
  folder        VARCHAR(1000) NOT NULL,
  file_name     VARCHAR(255)  NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  basis         CHAR(64)      NOT NULL,
  written_at    DATETIME(6)   NOT NULL
);
