package cn.dingkao.feed;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * The feed may be delivered on any day after CLOSE (spec "Timeline": nothing may change after that date, so an
 * earlier delivery could reach the registry with results that still change). {@code force} overrides it.
 */
@Component
public class FeedWindow {

	private final FeedMapper mapper;

	FeedWindow(FeedMapper mapper) {
		this.mapper = mapper;
	}

	/** True when a delivery for the cycle may be written on the business date. */
	public boolean isOpen(int cycle, LocalDate businessDate) {
		LocalDate close = this.mapper.closeDate(cycle);
		return close != null && businessDate.isAfter(close);
	}

	void check(int cycle, LocalDate businessDate, boolean force) {
		if (force || isOpen(cycle, businessDate)) {
			return;
		}
		LocalDate close = this.mapper.closeDate(cycle);
		if (close == null) {
			throw new FeedRefusedException("考核年度 " + cycle + " 未配置考核通道关闭日期，不能生成报送文件（可加 --force）"
					+ " (feed refused: no CLOSE date configured for cycle " + cycle + "; use --force)");
		}
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
