package cn.dingkao.web.prediction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a count moved over the last days, as a small server-rendered SVG line (the CSP forbids scripts): one point
 * per day with a prediction, the days without one left out of the line. {@code points} is the polyline's
 * attribute; {@code text} says the same in words for screen readers and the tooltip.
 */
public record Sparkline(String points, String text, long first, long last, double lastX, double lastY) {

	static final int DAYS = 14;

	static final double WIDTH = 112;

	static final double HEIGHT = 28;

	/** @param values at-risk counts by day; the days shown are the 14 ending with {@code last} */
	static Sparkline of(Map<LocalDate, Long> values, LocalDate lastDay) {
		LocalDate from = lastDay.minusDays(DAYS - 1);
		long max = 1;
		for (Long value : values.values()) {
			max = Math.max(max, value);
		}
		List<String> points = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Long first = null;
		long last = 0;
		double x = 0;
		double y = HEIGHT - 2;
		for (int i = 0; i < DAYS; i++) {
			LocalDate day = from.plusDays(i);
			Long value = values.get(day);
			if (value == null) {
				continue;
			}
			x = 2 + i * (WIDTH - 4) / (DAYS - 1);
			y = HEIGHT - 2 - value * (HEIGHT - 4) / max;
			points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
			words.add(day.getMonthValue() + "/" + day.getDayOfMonth() + " " + value);
			first = first == null ? value : first;
			last = value;
		}
		String text = words.isEmpty() ? "近14天无数据" : "近14天有风险人数：" + String.join("，", words);
		return new Sparkline(String.join(" ", points), text, first == null ? 0 : first, last, x, y);
	}

	public boolean empty() {
		return this.points.isEmpty();
	}

	/** up, down or flat: the class of the line (its colour). */
	public String trend() {
		return this.last > this.first ? "up" : this.last < this.first ? "down" : "flat";
	}

	public String lastXText() {
		return String.format(Locale.ROOT, "%.1f", this.lastX);
	}

	public String lastYText() {
		return String.format(Locale.ROOT, "%.1f", this.lastY);
	}

}
