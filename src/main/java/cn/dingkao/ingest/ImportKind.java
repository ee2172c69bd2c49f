package cn.dingkao.ingest;

import java.util.List;

import cn.dingkao.ingest.internal.Column;
import cn.dingkao.ingest.internal.ValueType;

import static cn.dingkao.ingest.internal.Column.flagDefaultN;
import static cn.dingkao.ingest.internal.Column.optional;
import static cn.dingkao.ingest.internal.Column.required;

/**
 * The six input files (spec "Data the pipeline receives"), in import order: institutions before the roster
 * that names them, the roster before what refers to physicians. Labels are the spec's Chinese headers; where
 * the spec gives none, the wording of the source system's screens.
 */
public enum ImportKind {

	INSTITUTIONS("institutions", "机构", "stage_institution", List.of("org_code"),
			required("org_code", "org_code", ValueType.TEXT, 64, "机构代码"),
			required("org_name", "org_name", ValueType.TEXT, 200, "机构名称"),
			required("district_code", "district_code", ValueType.DISTRICT, 6, "所属区"),
			flagDefaultN("exam_org", "exam_org", "是否考核机构")),

	ROSTER("roster", "应考医师", "stage_physician", List.of("cert_no"),
			required("cert_type", "cert_type", ValueType.CERT_TYPE, 16, "证件类型"),
			required("cert_no", "cert_no", ValueType.TEXT, 32, "证件号码"),
			required("name", "name", ValueType.TEXT, 100, "姓名"),
			optional("gender", "gender", ValueType.TEXT, 8, "性别"),
			optional("birth_date", "birth_date", ValueType.DATE, 0, "出生日期"),
			optional("practice_category", "practice_category", ValueType.TEXT, 32, "执业类别"),
			optional("practice_scopes", "practice_scopes", ValueType.TEXT, 500, "执业范围"),
			required("main_org_code", "main_org_code", ValueType.TEXT, 64, "主要执业机构"),
			optional("other_org_codes", "other_org_codes", ValueType.TEXT, 1000, "其他执业机构"),
			optional("title", "title", ValueType.TEXT, 64, "职称"),
			optional("title_date", "title_date", ValueType.DATE, 0, "职称取得日期"),
			optional("registered_on", "registered_on", ValueType.DATE, 0, "执业注册(变更)日期", "执业注册（变更）日期",
					"执业注册日期"),
			optional("mobile", "mobile", ValueType.MOBILE, 0, "手机号码", "手机号", "手机")),

	APPLICATIONS("applications", "考核申请", "stage_application", List.of("cert_no", "cycle_year"),
			required("cert_no", "cert_no", ValueType.TEXT, 32, "证件号码"),
			required("cycle_year", "cycle_year", ValueType.CYCLE, 0, "考核年度"),
			optional("specialty", "specialty", ValueType.TEXT, 64, "报考专业"),
			required("status", "status", ValueType.APPLICATION_STATUS, 12, "状态"),
			optional("submitted_at", "submitted_at", ValueType.TIMESTAMP, 0, "提交时间"),
			optional("approved_at", "approved_at", ValueType.TIMESTAMP, 0, "审核通过时间", "审核时间"),
			flagDefaultN("simplified", "simplified", "简易程序"),
			optional("simplified_category", "simplified_category", ValueType.CATEGORY, 0, "简易程序类别"),
			optional("evidence_ref", "evidence_ref", ValueType.TEXT, 100, "证明材料编号"),
			optional("evidence_date", "evidence_date", ValueType.DATE, 0, "证明材料日期"),
			optional("aid_months", "aid_months", ValueType.COUNT, 0, "支援月数"),
			optional("exam_org_code", "exam_org_code", ValueType.TEXT, 64, "业务水平考核机构")),

	EVALUATIONS("evaluations", "机构评价", "stage_evaluation", List.of("cert_no", "org_code", "cycle_year"),
			required("cert_no", "cert_no", ValueType.TEXT, 32, "证件号码"),
			required("org_code", "org_code", ValueType.TEXT, 64, "机构代码"),
			required("cycle_year", "cycle_year", ValueType.CYCLE, 0, "考核年度"),
			required("ethics", "ethics", ValueType.RATING, 4, "职业道德"),
			required("performance", "performance", ValueType.RATING, 4, "工作成绩"),
			required("evaluated_at", "evaluated_at", ValueType.TIMESTAMP, 0, "评价时间"),
			required("confirmed", "confirmed", ValueType.FLAG, 1, "已确认")),

	EXAM_ATTEMPTS("exam_attempts", "业务水平测评", "stage_exam_attempt",
			List.of("cert_no", "cycle_year", "exam_mode", "attempt_no"),
			required("cert_no", "cert_no", ValueType.TEXT, 32, "证件号码"),
			required("cycle_year", "cycle_year", ValueType.CYCLE, 0, "考核年度"),
			required("attempt_no", "attempt_no", ValueType.POSITIVE_INTEGER, 0, "第几次"),
			required("mode", "exam_mode", ValueType.EXAM_MODE, 12, "方式"),
			optional("specialty", "specialty", ValueType.TEXT, 64, "报考专业", "专业"),
			optional("law_score", "law_score", ValueType.SCORE, 0, "法律法规成绩"),
			optional("specialty_score", "specialty_score", ValueType.SCORE, 0, "专业成绩"),
			required("passed", "passed", ValueType.FLAG, 1, "是否通过"),
			required("taken_at", "taken_at", ValueType.TIMESTAMP, 0, "考试时间"),
			optional("exam_org_code", "exam_org_code", ValueType.TEXT, 64, "业务水平考核机构", "考核机构")),

	HIDDEN("hidden", "暂存", "stage_hide", List.of("cert_no", "org_code", "cycle_year"),
			required("cert_no", "cert_no", ValueType.TEXT, 32, "证件号码"),
			required("org_code", "org_code", ValueType.TEXT, 64, "机构代码"),
			required("cycle_year", "cycle_year", ValueType.CYCLE, 0, "考核年度"),
			optional("reason", "reason", ValueType.TEXT, 500, "原因"),
			required("hidden_at", "hidden_at", ValueType.TIMESTAMP, 0, "暂存时间"),
			optional("unhidden_at", "unhidden_at", ValueType.TIMESTAMP, 0, "取消暂存时间"));

	private final String baseName;

	private final String label;

	private final String stageTable;

	private final List<String> naturalKey;

	private final List<Column> columns;

	ImportKind(String baseName, String label, String stageTable, List<String> naturalKey, Column... columns) {
		this.baseName = baseName;
		this.label = label;
		this.stageTable = stageTable;
		this.naturalKey = naturalKey;
		this.columns = List.of(columns);
	}

	/** The file's name without extension, and the value of {@code import_file.kind}. */
	public String baseName() {
		return this.baseName;
	}

	public String label() {
		return this.label;
	}

	public String stageTable() {
		return this.stageTable;
	}

	/** The first column of the natural key: merges go slice by slice in its order. */
	public String sliceKey() {
		return this.naturalKey.get(0);
	}

	/** Database columns of the natural key (spec "Natural keys"). */
	public List<String> naturalKey() {
		return this.naturalKey;
	}

	public List<Column> columns() {
		return this.columns;
	}

}
