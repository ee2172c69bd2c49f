package cn.dingkao.ruling;

/**
 * How one practice site (main or other org) was assessed: the evaluation counted there (id, or null when none
 * counted) and the ethics and performance it gave (MISSING without one). {@code awaitingConfirmation}: the site
 * rated in time but has not confirmed the rating, so nothing of it counts yet (the next step is the site's
 * confirmation, not a rating). An actively hidden org is listed for the record but is not a site.
 */
public record SiteAssessment(String orgCode, boolean main, boolean activelyHidden, Long evaluationId,
		ItemState ethics, ItemState performance, boolean awaitingConfirmation, String note) {

	public boolean rated() {
		return evaluationId != null;
	}

}
