package cn.dingkao.ingest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import cn.dingkao.ingest.ImportKind;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.CodeList;
import cn.dingkao.ruling.Flag;

/**
 * Turns a record into typed values or rejections, per the table of spec "Values, required fields, repeated
 * keys": required fields, enums, flags, dates, numbers, lengths, and the rules that span columns.
 */
public final class LineValidator {

	private final ImportKind kind;

	private final Supplier<Set<String>> districts;

	public LineValidator(ImportKind kind, Supplier<Set<String>> districts) {
		this.kind = kind;
		this.districts = districts;
	}

	/**
	 * A rejected record that spans several physical lines (a quoted field with line breaks) rejects each of them:
	 * a stray quote that joined lines into one record must not make them vanish from the count.
	 */
	public ValidatedRow validate(long fileId, SourceLine line, HeaderMapping mapping) {
		ValidatedRow row = validateRecord(fileId, line, mapping);
		if (!row.rejected() || line.endLine() <= line.lineNo()) {
			return row;
		}
		List<Rejection> rejections = new ArrayList<>(row.rejections());
		for (long next = line.lineNo() + 1; next <= line.endLine(); next++) {
			rejections.add(new Rejection(next, "", null, "属于第" + line.lineNo() + "行开始的被拒记录",
					"part of the rejected record that starts on line " + line.lineNo()));
		}
		return new ValidatedRow(fileId, line.lineNo(), Map.of(), List.of(), rejections);
	}

	private ValidatedRow validateRecord(long fileId, SourceLine line, HeaderMapping mapping) {
		if (line.unparsable() != null) {
			return rejected(fileId, line.lineNo(), List.of(line.unparsable()));
		}
		if (line.fields().size() > mapping.width() && !extraFieldsBlank(line.fields(), mapping.width())) {
			return rejected(fileId, line.lineNo(), List.of(new Rejection(line.lineNo(), "", null,
					"字段数(" + line.fields().size() + ")多于表头(" + mapping.width() + ")，无法解析",
					"more fields (" + line.fields().size() + ") than the header (" + mapping.width() + ")")));
		}
		List<Rejection> rejections = new ArrayList<>();
		Map<String, Object> values = new LinkedHashMap<>();
		List<Column> columns = mapping.columns();
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			String text = mapping.value(line.fields(), c);
			if (text.isEmpty()) {
				if (column.required()) {
					rejections.add(new Rejection(line.lineNo(), mapping.header(c), text, "必填项为空",
							"required value missing"));
				}
				values.put(column.dbColumn(), column.blankValue());
				continue;
			}
			if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				// one row per record (spec "Data"): a line break inside a value is a quote that joined lines
				rejections.add(new Rejection(line.lineNo(), mapping.header(c), text,
						"值中含换行，可能有未配对的引号把多行连在了一起", "value holds a line break (a stray quote joining lines?)"));
				continue;
			}
			if (column.maxLength() > 0 && text.length() > column.maxLength()) {
				rejections.add(new Rejection(line.lineNo(), mapping.header(c), text,
						"值过长(最多" + column.maxLength() + "字符)", "value longer than " + column.maxLength()));
				continue;
			}
			try {
				values.put(column.dbColumn(), column.type().parse(text, this.districts.get()));
			}
			catch (InvalidValueException ex) {
				rejections.add(new Rejection(line.lineNo(), mapping.header(c), text, ex.reasonZh(), ex.reasonEn()));
			}
			catch (RuntimeException ex) {
				// not a value the spec refuses but one the code cannot take: the run ends naming it, nothing is guessed
				throw UnprocessableInputException.atValue(this.kind, line.lineNo(), mapping.header(c), text, ex);
			}
		}
		List<ValidatedRow.Site> sites = List.of();
		switch (this.kind) {
			case APPLICATIONS -> checkApplication(line, mapping, values, rejections);
			case ROSTER -> sites = sites(line, mapping, values, rejections);
			default -> {
			}
		}
		if (!rejections.isEmpty()) {
			return rejected(fileId, line.lineNo(), rejections);
		}
		return new ValidatedRow(fileId, line.lineNo(), values, sites, List.of());
	}

	/** submitted_at unless DRAFT; simplified_category 1–7 when simplified = Y. */
	private void checkApplication(SourceLine line, HeaderMapping mapping, Map<String, Object> values,
			List<Rejection> rejections) {
		int submitted = indexOf(mapping, "submitted_at");
		if (values.get("status") != null && !ApplicationStatus.DRAFT.name().equals(values.get("status")) && values.get("submitted_at") == null
				&& mapping.value(line.fields(), submitted).isEmpty()) {
			rejections.add(new Rejection(line.lineNo(), mapping.header(submitted), "",
					"非草稿申请必须有提交时间", "submitted_at required unless status is DRAFT"));
		}
		int category = indexOf(mapping, "simplified_category");
		if (Flag.Y.name().equals(values.get("simplified")) && mapping.value(line.fields(), category).isEmpty()) {
			rejections.add(new Rejection(line.lineNo(), mapping.header(category), "",
					"简易程序须填写类别(1–7)", "simplified_category (1–7) required when simplified = Y"));
		}
	}

	/** The main org and each other org (';'-separated), once each. */
	private List<ValidatedRow.Site> sites(SourceLine line, HeaderMapping mapping, Map<String, Object> values,
			List<Rejection> rejections) {
		Object main = values.get("main_org_code");
		if (main == null) {
			return List.of();
		}
		Set<String> others = new LinkedHashSet<>();
		Object listed = values.get("other_org_codes");
		if (listed != null) {
			for (String org : CodeList.split(listed.toString())) {
				if (org.length() > 64) {
					int c = indexOf(mapping, "other_org_codes");
					rejections.add(new Rejection(line.lineNo(), mapping.header(c), org, "机构代码过长(最多64字符)",
							"org code longer than 64"));
				}
				else if (!org.equals(main)) {
					others.add(org);
				}
			}
		}
		List<ValidatedRow.Site> sites = new ArrayList<>();
		sites.add(new ValidatedRow.Site(main.toString(), true));
		others.forEach(org -> sites.add(new ValidatedRow.Site(org, false)));
		return sites;
	}

	private static int indexOf(HeaderMapping mapping, String key) {
		List<Column> columns = mapping.columns();
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).key().equals(key)) {
				return c;
			}
		}
		throw new IllegalArgumentException(key);
	}

	/** Fields past the header that are empty (a trailing separator) are no data, so not an extra field. */
	private static boolean extraFieldsBlank(List<String> fields, int width) {
		for (int i = width; i < fields.size(); i++) {
			if (!HeaderMapping.clean(fields.get(i)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static ValidatedRow rejected(long fileId, long lineNo, List<Rejection> rejections) {
		return new ValidatedRow(fileId, lineNo, Map.of(), List.of(), rejections);
	}

}
