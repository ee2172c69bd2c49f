package cn.dingkao.ruling;

/**
 * How one practice site (main or other org) was assessed: the evaluation counted there (id, or null when none
 * counted) and the ethics and performance it gave (MISSING without one). An actively hidden org is listed for the
 * record but is not a site.
 */
public record SiteAssessment(String orgCode, boolean main, boolean activelyHidden, Long evaluationId,
		ItemState ethics, ItemState performance, String note) {

	public boolean rated() {
		return evaluationId != null;
	}

}
