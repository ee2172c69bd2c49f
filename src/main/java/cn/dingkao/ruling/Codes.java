package cn.dingkao.ruling;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading a stored code back into its enum: the one way the program turns a code it finds in a table, a job
 * parameter or a form (SUBMITTED, PASS, EXAM_FAIL) into the vocabulary, exactly as stored. Each enum's
 * {@code fromCode} goes through here; a code no constant bears is empty, and the caller decides what that means
 * (show the code as it is, refuse the form, fail the run).
 */
public final class Codes {

	private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
		@Override
		protected Map<String, Enum<?>> computeValue(Class<?> type) {
			return Arrays.stream((Enum<?>[]) type.getEnumConstants())
				.collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));
		}
	};

	private Codes() {
	}

	/** The constant named {@code code}, or empty for null or a name no constant bears. */
	public static <E extends Enum<E>> Optional<E> byName(Class<E> type, String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(type.cast(BY_NAME.get(type).get(code)));
	}

}
