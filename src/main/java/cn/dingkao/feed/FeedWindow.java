package cn.dingkao.feed;

import java.time.LocalDate;
import java.util.Optional;

import cn.dingkao.reconcile.ResultStandings;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.system.CycleCalendars;

import org.springframework.stereotype.Component;

/**
 * The feed may be delivered on any day after CLOSE (spec "Timeline": nothing may change until then, so an earlier
 * delivery could reach the registry with results that still change); the cycle's calendar decides. Nor may it carry
 * a prediction (issue 23): results whose latest ruling stood on CLOSE or earlier are refused on any day, until the
 * cycle is ruled again after CLOSE. {@code force} overrides both.
 */
@Component
public class FeedWindow {

	private final CycleCalendars calendars;

	private final ResultStandings standings;

	FeedWindow(CycleCalendars calendars, ResultStandings standings) {
		this.calendars = calendars;
		this.standings = standings;
	}

	/** True when a delivery for the cycle may be written on the business date. */
	public boolean isOpen(Cycle cycle, LocalDate businessDate) {
		return this.calendars.find(cycle).map(calendar -> calendar.feedOpen(businessDate)).orElse(false);
	}

	void check(Cycle cycle, LocalDate businessDate, boolean force) {
		if (force) {
			return;
		}
		if (isOpen(cycle, businessDate)) {
			Optional<ResultStanding> standing = this.standings.of(cycle);
			if (standing.isPresent() && standing.get().predicted()) {
				LocalDate ruledOn = standing.get().dataDate();
				throw new FeedRefusedException(cycle.title() + "的结果来自业务日期 " + ruledOn + " 的裁定，是考核通道关闭前的预计结果，"
						+ "不能报送电子化注册系统：请先以关闭后的日期运行裁定（./dingkao rule --cycle " + cycle + " --date "
						+ businessDate + "，或 nightly）" + " (feed refused: the results of cycle " + cycle
						+ " come from a ruling on " + ruledOn + ", on or before CLOSE " + standing.get().close()
						+ " — a prediction; rule the cycle again on a date after CLOSE first)");
			}
			return;
		}
		Optional<CycleCalendar> calendar = this.calendars.find(cycle);
		if (calendar.isEmpty()) {
			throw new FeedRefusedException(cycle.title() + "未配置考核通道关闭日期，不能生成报送文件（可加 --force）"
					+ " (feed refused: no CLOSE date configured for cycle " + cycle + "; use --force)");
		}
		LocalDate close = calendar.get().close();
		throw new FeedRefusedException("业务日期 " + businessDate + " 不晚于考核通道关闭日期 " + close
				+ "，结果仍可能变化，不能报送电子化注册系统（可加 --force 强制）" + " (feed refused: business date " + businessDate
				+ " is not after the CLOSE date " + close + "; results may still change; use --force to override)");
	}

	/** The feed was asked for before its time. */
	public static class FeedRefusedException extends IllegalStateException {

		FeedRefusedException(String message) {
			super(message);
		}

	}

}
