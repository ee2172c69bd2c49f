package cn.dingkao.ruling;

/**
 * One row of the specialty catalog (附件2, table {@code specialty_catalog}). {@code board} is MUNICIPAL or the name of
 * the association that tests it (委托协会); {@code practiceCategory} may list several categories separated by ';'.
 */
public record CatalogEntry(String board, String practiceCategory, String clinicalSubject, String practiceScope,
		String examSpecialty, ExamMode examMode) {

	public static final String MUNICIPAL = "MUNICIPAL";

}
