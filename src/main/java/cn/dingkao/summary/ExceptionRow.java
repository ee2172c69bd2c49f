package cn.dingkao.summary;

import java.time.LocalDate;
import java.util.Optional;

import cn.dingkao.ruling.Severity;
import cn.dingkao.ruling.WarningCode;

/**
 * A row of ruling_exception for 数据异常, with the physician's name and birth date (so that no detail shows it),
 * the institution it concerns, and the file lines of the roster, application and evaluation rows behind it.
 * Filled by MyBatis.
 */
class ExceptionRow {

	private String code;

	private Severity severity;

	private String certNo;

	private String name;

	private String orgCode;

	private String orgName;

	private String districtName;

	private String detail;

	private LocalDate birthDate;

	private String rosterFile;

	private Long rosterLine;

	private String applicationFile;

	private Long applicationLine;

	private String evaluationFile;

	private Long evaluationLine;

	String code() {
		return code;
	}

	/** The code in the vocabulary; empty for a code this version does not know. */
	Optional<WarningCode> warning() {
		return WarningCode.fromCode(code);
	}

	/** As stored; the workbook goes by the code's severity in the vocabulary. */
	Severity severity() {
		return severity;
	}

	String certNo() {
		return certNo;
	}

	String name() {
		return name;
	}

	String orgCode() {
		return orgCode;
	}

	String orgName() {
		return orgName;
	}

	String districtName() {
		return districtName;
	}

	String detail() {
		return detail;
	}

	LocalDate birthDate() {
		return birthDate;
	}

	String rosterFile() {
		return rosterFile;
	}

	Long rosterLine() {
		return rosterLine;
	}

	String applicationFile() {
		return applicationFile;
	}

	Long applicationLine() {
		return applicationLine;
	}

	String evaluationFile() {
		return evaluationFile;
	}

	Long evaluationLine() {
		return evaluationLine;
	}

}
