-- 提醒短信 (issue 23): tomorrow's reminders are the physicians whose next step is their own and due on one of two
-- days. Without this index the page walked the city's predictions in cert_no order until it had found a page of them
-- (1.3 s at 150,000 physicians on H2); with it the due ones are found by key and only they are sorted.
CREATE INDEX ix_prediction_reminder ON prediction (cycle_year, next_actor, deadline);
