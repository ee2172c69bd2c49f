package cn.dingkao.ingest.internal;

import cn.dingkao.batch.FailureReason;
import cn.dingkao.ingest.ImportKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("issue 21: an input the import cannot take is named on the operator's one line")
class UnprocessableInputExceptionTests {

	@Test
	@DisplayName("the value of a line: kind, file, line, column and value, then the cause; the one-line reason shows it, not the bare Java message")
	void valueOfALine() {
		UnprocessableInputException failure = UnprocessableInputException
			.atValue(ImportKind.EVALUATIONS, 12, "cycle_year", "2026R", new NumberFormatException("For input string: \"2026R\""))
			.inFile("evaluations.csv");
		assertThat(failure.getMessage()).isEqualTo("无法处理的输入 (input the import could not process): 机构评价 (evaluations)"
				+ " evaluations.csv 第 12 行 (line 12) cycle_year = \"2026R\": For input string: \"2026R\"");
		RuntimeException wrapped = new IllegalStateException("step failed", failure);
		assertThat(FailureReason.telling(wrapped)).isEqualTo(failure.getMessage());
		assertThat(failure.inFile("other.csv")).as("a file already named stays").isSameAs(failure);
	}

	@Test
	@DisplayName("a long value is quoted by its first 200 characters; the line stays one line")
	void longValue() {
		String value = "x".repeat(10_000) + "\n";
		String message = UnprocessableInputException
			.atValue(ImportKind.ROSTER, 3, "name", value, new IllegalArgumentException("boom"))
			.inFile("roster.csv")
			.getMessage();
		assertThat(message).contains("x".repeat(200) + "…").doesNotContain("x".repeat(201)).doesNotContain("\n");
	}

	@Test
	@DisplayName("a slice of the merge: the key range it held")
	void slice() {
		String message = UnprocessableInputException
			.inSlice(ImportKind.APPLICATIONS, "applications.csv", new Slice("A1", "B2"), new IllegalStateException("boom"))
			.getMessage();
		assertThat(message).contains("考核申请 (applications) applications.csv", "cert_no > \"A1\" ≤ \"B2\"", "boom");
	}

}
