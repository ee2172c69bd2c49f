package cn.dingkao.generate;

/** A generated medical institution or assessment institution (one row of institutions.csv). */
record Institution(String orgCode, String orgName, String districtCode, boolean examOrg) {
}
