package cn.dingkao.summary;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertMaskTests {

	@Test
	@DisplayName("spec §District summary workbooks: an 18-character number keeps its first 6 and last 4 characters")
	void eighteenCharacters() {
		assertThat(CertMask.mask("110105199001011234")).isEqualTo("110105********1234");
		assertThat(CertMask.mask("11010519850202567X")).isEqualTo("110105********567X");
	}

	@Test
	@DisplayName("spec §District summary workbooks: any other number keeps only its last 4 characters")
	void otherNumbers() {
		assertThat(CertMask.mask("H01234567")).isEqualTo("*****4567");
		assertThat(CertMask.mask("1234")).isEqualTo("****");
		assertThat(CertMask.mask("")).isEmpty();
	}

}
