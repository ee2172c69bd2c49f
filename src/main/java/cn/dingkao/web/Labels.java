package cn.dingkao.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.CodeList;
import cn.dingkao.feed.FeedMode;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.CertType;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.ItemState;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.ReasonCode;

import org.springframework.stereotype.Component;

/**
 * Chinese labels of stored codes for the templates ({@code ${@labels.status(...)}}). The texts live in the
 * vocabulary enums of {@code cn.dingkao.ruling}; this only adapts them to what a template holds (a stored code,
 * possibly null) and writes times the one way the pages show them ({@code yyyy-MM-dd HH:mm}).
 */
@Component("labels")
public class Labels {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public String status(String code) {
		return code == null ? "未报名" : ApplicationStatus.valueOf(code).label();
	}

	/** The colour of an application status's tag: approved green, returned red, waiting blue, none grey. */
	public String statusTag(String code) {
		if (code == null) {
			return "tag off";
		}
		return switch (ApplicationStatus.valueOf(code)) {
			case APPROVED -> "tag ok";
			case RETURNED -> "tag bad";
			case SUBMITTED -> "tag";
			case DRAFT -> "tag off";
		};
	}

	/** The colour of a rating's or an item's tag: 合格 green, 不合格 red, 缺失 orange, 未评价 grey. */
	public String itemTag(String code) {
		if (code == null) {
			return "tag off";
		}
		return switch (ItemState.valueOf(code)) {
			case PASS -> "tag ok";
			case FAIL -> "tag bad";
			case MISSING -> "tag warn";
		};
	}

	/** The colour of an outcome's tag: 合格 green, 不合格 red, 未参加 orange, 顺延 and 暂存 grey. */
	public String outcomeTag(Integer code) {
		if (code == null) {
			return "tag off";
		}
		return switch (Outcome.ofCode(code)) {
			case PASS -> "tag ok";
			case FAIL -> "tag bad";
			case NOT_PARTICIPATED -> "tag warn";
			default -> "tag off";
		};
	}

	public String assessmentStatus(String code) {
		return code == null ? "未申请" : AssessmentStatus.valueOf(code).label();
	}

	/** An institution's rating, or 未评价 when there is none yet. */
	public String rating(String code) {
		return code == null ? "未评价" : ItemState.valueOf(code).label();
	}

	/** A ruled item's state (合格 / 不合格 / 缺失). */
	public String item(String code) {
		return code == null ? "" : ItemState.valueOf(code).label();
	}

	public String outcome(Integer code) {
		return code == null ? "" : Outcome.ofCode(code).label();
	}

	/** The Chinese texts of a result's {@code ;}-separated reason codes, in their stored order. */
	public List<String> reasons(String codes) {
		List<String> texts = new ArrayList<>();
		for (String code : CodeList.split(codes)) {
			texts.add(reason(code));
		}
		return texts;
	}

	static String reason(String code) {
		ReasonCode reason = reasonCode(code);
		return reason == null ? code : reason.label();
	}

	/** The reason a stored code names, or null for a code this version does not know. */
	public static ReasonCode reasonCode(String code) {
		for (ReasonCode reason : ReasonCode.values()) {
			if (reason.name().equals(code)) {
				return reason;
			}
		}
		return null;
	}

	public String certType(String code) {
		CertType type = CertType.ofCode(code);
		return type == null ? (code == null ? "" : code) : type.label();
	}

	public String yesNo(String flag) {
		return Flag.of(yes(flag)).label();
	}

	public static boolean yes(String flag) {
		return Flag.isYes(flag);
	}

	/** A flag as the audit trail stores it: {@code Y}, {@code N} or {@code Y（reason）}. */
	static String flag(String value) {
		for (Flag flag : Flag.values()) {
			if (value.startsWith(flag.name())) {
				return flag.label() + value.substring(flag.name().length());
			}
		}
		return value;
	}

	public String time(LocalDateTime time) {
		return minutes(time);
	}

	/** A time as every page shows it: {@code yyyy-MM-dd HH:mm}, blank for none. */
	public static String minutes(LocalDateTime time) {
		return time == null ? "" : time.format(MINUTES);
	}

	public String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** A registry delivery's mode: every physician (FULL) or the changes (DELTA). */
	public String feedMode(String mode) {
		for (FeedMode known : FeedMode.values()) {
			if (known.name().equals(mode)) {
				return switch (known) {
					case FULL -> "全量";
					case DELTA -> "增量";
				};
			}
		}
		return mode == null ? "" : mode;
	}

}
