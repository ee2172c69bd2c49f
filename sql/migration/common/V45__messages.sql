-- Issue 24: phones, verification codes and one outbox for every text message (spec "Messages and verification
-- codes (短信)").

-- The roster's optional 手机号码 (11 digits, 1[3-9]…), kept as the registry sent it; the import writes it like any
-- other roster column (the later line replaces the earlier one).
ALTER TABLE stage_physician ADD COLUMN mobile VARCHAR(11);
ALTER TABLE physician ADD COLUMN mobile VARCHAR(11);

-- The phone bound on the web with a code sent to it: a physician's own (it wins over the roster's), an
-- institution's contact phone (its profile). change_without_code = Y after a reset by the institution or an
-- office: that one forced change needs no code, because a person already identified the user (manual §3.2).
ALTER TABLE account ADD COLUMN mobile VARCHAR(11);
ALTER TABLE account ADD COLUMN mobile_bound_at DATETIME(6);
ALTER TABLE account ADD COLUMN change_without_code CHAR(1) NOT NULL DEFAULT 'N';

-- Every text message, written in the same transaction as what caused it; the sender (one node at a time) delivers
-- it. Statuses QUEUED → SENDING → SENT or FAILED; a message whose send had an unknown outcome (time-out, crash
-- between the provider's answer and our commit) stays SENDING until the provider's records say whether it was
-- accepted, so it is never sent twice. A verification code's text is erased once the message is settled.
CREATE TABLE outbox_message (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  purpose         VARCHAR(20)  NOT NULL, -- VERIFICATION_CODE, REMINDER, DIGEST
  phone           VARCHAR(11)  NOT NULL,
  account_ref     VARCHAR(64),           -- the account (cert_no, org_code) the message is for
  district_code   VARCHAR(6),            -- its district, so a district office sees its own
  text            VARCHAR(500) NOT NULL,
  params          VARCHAR(1000),         -- the provider template's variables (JSON object)
  dedup_key       VARCHAR(200),
  status          VARCHAR(10)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  queued_at       DATETIME(6)  NOT NULL,
  next_attempt_at DATETIME(6)  NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  sent_at         DATETIME(6),
  gateway         VARCHAR(16),
  provider_id     VARCHAR(64),           -- the provider's id of the accepted message (Alibaba Cloud: BizId)
  error_code      VARCHAR(100),
  error_message   VARCHAR(500),
  updated_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uk_outbox_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_district ON outbox_message (district_code, id);

-- 短信验证码: only a bcrypt hash of the code is kept. ACTIVE until used, voided by 5 wrong entries, replaced by a
-- newer code of the same purpose, or past expires_at.
CREATE TABLE verification_code (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(64) NOT NULL,
  purpose         VARCHAR(20) NOT NULL, -- RESET_PASSWORD, CHANGE_PASSWORD, BIND_PHONE
  phone           VARCHAR(11) NOT NULL,
  code_hash       VARCHAR(100) NOT NULL,
  status          VARCHAR(10) NOT NULL, -- ACTIVE, USED, VOID, REPLACED
  failed_attempts INT         NOT NULL DEFAULT 0,
  created_at      DATETIME(6) NOT NULL,
  expires_at      DATETIME(6) NOT NULL,
  used_at         DATETIME(6)
);
CREATE INDEX ix_verification_code_account ON verification_code (username, purpose, status);

-- Rate limits of code sending, one row per subject (ACCOUNT:<account as typed>, PHONE:<number>, ADDRESS:<client>):
-- the last send and the count of the current Beijing day. One conditional UPDATE both checks and counts, so
-- two requests at once cannot both pass.
CREATE TABLE code_throttle (
  subject      VARCHAR(100) NOT NULL PRIMARY KEY,
  count_day    DATE         NOT NULL,
  day_count    INT          NOT NULL,
  last_sent_at DATETIME(6)  NOT NULL
);
