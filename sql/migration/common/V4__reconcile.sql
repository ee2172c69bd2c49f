-- The ruling partitions physicians by the district of their main org. Keeping that district on the
-- physician row (refreshed set-based at the start of every ruling run) lets each partition page
-- through its own physicians by an index instead of scanning everyone's.
ALTER TABLE physician ADD COLUMN district_code VARCHAR(6);
CREATE INDEX ix_physician_district ON physician (district_code, cert_no);
