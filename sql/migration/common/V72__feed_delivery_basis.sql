-- Issue 26: the fingerprint of what a FULL delivery was made from (the cycle's results and applications, the build):
-- a later FULL on the same fingerprint holds the same rows but for decided_on, and is that file copied with the new
-- date. NULL for a DELTA and for deliveries before this column. One statement (see V61).
ALTER TABLE feed_delivery ADD basis CHAR(64);
