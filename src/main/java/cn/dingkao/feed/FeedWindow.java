package cn.dingkao.feed;

import java.time.LocalDate;
import java.util.Optional;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.system.CycleCalendars;

import org.springframework.stereotype.Component;

/**
 * The feed may be delivered on any day after CLOSE (spec "Timeline": nothing may change until then, so an earlier
 * delivery could reach the registry with results that still change); the cycle's calendar decides. {@code force}
 * overrides it.
 */
@Component
public class FeedWindow {

	private final CycleCalendars calendars;

	FeedWindow(CycleCalendars calendars) {
		this.calendars = calendars;
	}

	/** True when a delivery for the cycle may be written on the business date. */
	public boolean isOpen(Cycle cycle, LocalDate businessDate) {
		return this.calendars.find(cycle).map(calendar -> calendar.feedOpen(businessDate)).orElse(false);
	}

	void check(Cycle cycle, LocalDate businessDate, boolean force) {
		if (force || isOpen(cycle, businessDate)) {
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
