package cn.dingkao.testing;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A small property-based test runner for properties whose every case runs the real jobs on a real database: draws
 * cases from a seeded random source, checks each, and when one fails shrinks it — trying each smaller case the
 * property's shrinker offers and keeping the first that still fails, until none does — then fails with the minimal
 * case printed and how to replay it. (Why not jqwik: see docs/decisions.md, issue 21.)
 * <p>
 * System properties: {@code dingkao.properties.tries} multiplies every property's number of cases (e.g. 10 for a
 * long search), {@code dingkao.properties.seed} fixes the seed (otherwise a new one each run, printed), and
 * {@code dingkao.properties.case} runs that one case of the seed (the replay line of a failure names both).
 */
public final class PropertyCheck {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	/** At most this many shrinking runs after a failure (each runs the jobs). */
	private static final int MAX_SHRINKS = 60;

	private PropertyCheck() {
	}

	/** A property's check of one case: throws (an assertion error or anything else) when the property does not hold. */
	@FunctionalInterface
	public interface Check<T> {

		void check(T input) throws Exception;

	}

	/**
	 * Checks {@code property} on {@code tries} cases (times {@code dingkao.properties.tries}) drawn by {@code draw};
	 * a failing case is shrunk through {@code shrinks} (smaller candidates of a case, most promising first).
	 */
	public static <T> void forAll(String property, int tries, Function<SplittableRandom, T> draw,
			Function<T, List<T>> shrinks, Check<T> check) {
		long seed = Long.getLong("dingkao.properties.seed", new SplittableRandom().nextLong());
		int scale = Integer.getInteger("dingkao.properties.tries", 1);
		Integer only = Integer.getInteger("dingkao.properties.case");
		int cases = only != null ? 1 : Math.max(1, tries * scale);
		System.out.printf("property \"%s\": %d cases, seed %d%n", property, cases, seed);
		for (int i = 0; i < cases; i++) {
			int index = only != null ? only : i;
			T input = draw.apply(new SplittableRandom(seed + GOLDEN * index));
			Throwable failure = failure(check, input);
			if (failure != null) {
				shrinkAndFail(property, seed, index, input, failure, shrinks, check);
			}
		}
	}

	private static <T> void shrinkAndFail(String property, long seed, int index, T input, Throwable failure,
			Function<T, List<T>> shrinks, Check<T> check) {
		T minimal = input;
		Throwable minimalFailure = failure;
		int runs = 0;
		boolean smaller = true;
		while (smaller && runs < MAX_SHRINKS) {
			smaller = false;
			for (T candidate : shrinks.apply(minimal)) {
				if (runs++ >= MAX_SHRINKS) {
					break;
				}
				Throwable candidateFailure = failure(check, candidate);
				if (candidateFailure != null) {
					minimal = candidate;
					minimalFailure = candidateFailure;
					smaller = true;
					break;
				}
			}
		}
		throw new AssertionError("""
				property "%s" does not hold
				  case %d of seed %d, shrunk in %d runs to the minimal input:
				  %s
				  replay: -Ddingkao.properties.seed=%d -Ddingkao.properties.case=%d
				  failure: %s""".formatted(property, index, seed, runs, minimal, seed, index, minimalFailure),
				minimalFailure);
	}

	private static <T> Throwable failure(Check<T> check, T input) {
		try {
			check.check(input);
			return null;
		}
		catch (Exception | AssertionError ex) {
			return ex;
		}
	}

}
