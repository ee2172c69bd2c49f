package cn.dingkao.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.dingkao.feed.FeedMode;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.CertType;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.ItemState;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.Rating;
import cn.dingkao.ruling.ReasonCode;

import org.springframework.stereotype.Component;

/**
 * What the templates show for a typed value that may be absent ({@code ${@labels.status(r.status)}}): the texts
 * are the vocabulary's own ({@code label()} of each enum); this only says what an absent one reads as, and writes
 * times the one way the pages show them ({@code yyyy-MM-dd HH:mm}).
 */
@Component("labels")
public class Labels {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** An application's status, or 未报名 without one. */
	public String status(ApplicationStatus status) {
		return status == null ? "未报名" : status.label();
	}

	/** The colour of an application status's tag: approved green, returned red, waiting blue, none grey. */
	public String statusTag(ApplicationStatus status) {
		if (status == null) {
			return "tag off";
		}
		return switch (status) {
			case APPROVED -> "tag ok";
			case RETURNED -> "tag bad";
			case SUBMITTED -> "tag";
			case DRAFT -> "tag off";
		};
	}

	/** The colour of a rating's tag: 合格 green, 不合格 red, 未评价 grey. */
	public String ratingTag(Rating rating) {
		if (rating == null) {
			return "tag off";
		}
		return switch (rating) {
			case PASS -> "tag ok";
			case FAIL -> "tag bad";
		};
	}

	/** The colour of a ruled item's tag: 合格 green, 不合格 red, 缺失 orange. */
	public String itemTag(ItemState state) {
		if (state == null) {
			return "tag off";
		}
		return switch (state) {
			case PASS -> "tag ok";
			case FAIL -> "tag bad";
			case MISSING -> "tag warn";
		};
	}

	/** The colour of an outcome's tag: 合格 green, 不合格 red, 未参加 orange, 顺延 and 暂存 grey. */
	public String outcomeTag(Outcome outcome) {
		if (outcome == null) {
			return "tag off";
		}
		return switch (outcome) {
			case PASS -> "tag ok";
			case FAIL -> "tag bad";
			case NOT_PARTICIPATED -> "tag warn";
			case DEFERRED, HIDDEN -> "tag off";
		};
	}

	public String assessmentStatus(AssessmentStatus status) {
		return status == null ? "未申请" : status.label();
	}

	/** An institution's rating, or 未评价 when there is none yet. */
	public String rating(Rating rating) {
		return rating == null ? "未评价" : rating.label();
	}

	/** A ruled item's state (合格 / 不合格 / 缺失). */
	public String item(ItemState state) {
		return state == null ? "" : state.label();
	}

	public String outcome(Outcome outcome) {
		return outcome == null ? "" : outcome.label();
	}

	/** The Chinese texts of a result's reason codes, in their stored order. */
	public List<String> reasons(List<String> codes) {
		return codes == null ? List.of() : codes.stream().map(ReasonCode::labelOf).toList();
	}

	public String certType(CertType type) {
		return type == null ? "" : type.label();
	}

	/** 是 / 否; none (a site that has not rated has not confirmed either) reads 否. */
	public String yesNo(Boolean flag) {
		return Flag.of(Boolean.TRUE.equals(flag)).label();
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

	/** A registry delivery's mode: every physician (全量) or the changes (增量). */
	public String feedMode(FeedMode mode) {
		return mode == null ? "" : mode.label();
	}

}
