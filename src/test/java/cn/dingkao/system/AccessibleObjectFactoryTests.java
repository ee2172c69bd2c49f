package cn.dingkao.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.reflection.ReflectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("MyBatis builds our package-private row types through constructors opened once")
class AccessibleObjectFactoryTests {

	/** A row type as the features write them: package-private, with a package-private constructor. */
	static final class Row {

		String name;

		Row() {
		}

	}

	record Pair(String name, int count) {
	}

	static final class NoDefaultConstructor {

		NoDefaultConstructor(String required) {
		}

	}

	private final AccessibleObjectFactory factory = new AccessibleObjectFactory();

	@Test
	@DisplayName("a package-private class by its no-argument constructor, a new object every time")
	void packagePrivateClass() {
		Row first = this.factory.create(Row.class);
		Row second = this.factory.create(Row.class);
		assertThat(first).isNotNull().isNotSameAs(second);
	}

	@Test
	@DisplayName("a package-private record by its canonical constructor, with the row's values")
	void recordByConstructor() {
		Pair pair = this.factory.create(Pair.class, List.of(String.class, int.class), List.of("甲", 3));
		assertThat(pair).isEqualTo(new Pair("甲", 3));
	}

	@Test
	@DisplayName("interfaces are MyBatis' as before: a List is an ArrayList, a Map a HashMap")
	void interfaces() {
		assertThat(this.factory.create(List.class)).isInstanceOf(ArrayList.class);
		assertThat(this.factory.create(Map.class)).isEmpty();
	}

	@Test
	@DisplayName("a type without the constructor asked for fails with MyBatis' own message")
	void missingConstructor() {
		assertThatThrownBy(() -> this.factory.create(NoDefaultConstructor.class))
			.isInstanceOf(ReflectionException.class)
			.hasMessageContaining("NoDefaultConstructor");
		assertThatThrownBy(() -> this.factory.create(Pair.class, List.of(String.class, int.class), List.of("甲", "three")))
			.isInstanceOf(ReflectionException.class)
			.hasMessageContaining("Pair");
	}

}
