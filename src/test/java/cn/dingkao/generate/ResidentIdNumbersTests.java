package cn.dingkao.generate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdNumbersTests {

	@Test
	@DisplayName("GB 11643 check character: known numbers, X, wrong digit, wrong length")
	void checkCharacter() {
		assertThat(ResidentIdNumbers.isValid("11010519491231002X")).isTrue(); // the standard's own example
		assertThat(ResidentIdNumbers.isValid("110105194912310021")).isFalse();
		assertThat(ResidentIdNumbers.isValid("11010519491231002")).isFalse();
		assertThat(ResidentIdNumbers.isValid("H60213587")).isFalse();
		assertThat(ResidentIdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
	}

}
