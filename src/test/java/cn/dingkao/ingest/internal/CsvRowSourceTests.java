package cn.dingkao.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV reader: records, the physical lines each spans, and what a broken one swallows (spec "Bad input"). */
class CsvRowSourceTests {

	@TempDir
	Path folder;

	List<String> read(String text, int maxChars) throws Exception {
		Path file = this.folder.resolve("f.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		List<String> lines = new ArrayList<>();
		try (CsvRowSource source = new CsvRowSource(file, StandardCharsets.UTF_8, false, maxChars)) {
			lines.add("header" + source.header());
			for (SourceLine line = source.next(); line != null; line = source.next()) {
				lines.add(line.lineNo() + "-" + line.endLine() + (line.unparsable() != null
						? " ! " + line.unparsable().reasonEn() : " " + line.fields()));
			}
		}
		return lines;
	}

	@Test
	@DisplayName("RFC 4180: quotes, doubled quotes, CRLF and quoted line breaks; line numbers count physical lines")
	void records() throws Exception {
		assertThat(read("a,b\r\n1,\"x,\"\"y\"\"\"\r\n2,\"two\nlines\"\n3,z", 100)).containsExactly("header[a, b]",
				"2-2 [1, x,\"y\"]", "3-4 [2, two\nlines]", "5-5 [3, z]");
	}

	@Test
	@DisplayName("spec §Bad input: a quote left open swallows every line after it; each is a rejected line naming where it opened")
	void openQuote() throws Exception {
		assertThat(read("a,b\n1,x\n2,\"open\n3,y\n4,z\n", 100)).containsExactly("header[a, b]", "2-2 [1, x]",
				"3-3 ! the quote opened on line 3 is never closed: it swallows every line after it",
				"4-4 ! swallowed by the quote left open on line 3", "5-5 ! swallowed by the quote left open on line 3");
	}

	@Test
	@DisplayName("spec §Bad input: a record over the limit is rejected with each of its lines, and reading goes on")
	void overLongRecord() throws Exception {
		assertThat(read("a,b\n1,x\n2,\"" + "y".repeat(50) + "\n" + "z".repeat(50) + "\"\n3,ok", 60)).containsExactly(
				"header[a, b]", "2-2 [1, x]", "3-3 ! record longer than 60 characters",
				"4-4 ! part of the over-long record that starts on line 3", "5-5 [3, ok]");
	}

	@Test
	@DisplayName("spec §Bad input: a truncated last line (no line break) is a record of its own")
	void truncatedLastLine() throws Exception {
		assertThat(read("a,b\n1,x\n2", 100)).containsExactly("header[a, b]", "2-2 [1, x]", "3-3 [2]");
	}

	@Test
	@DisplayName("spec §Bad input: a header that cannot be parsed refuses the file")
	void brokenHeader() {
		assertThatThrownBy(() -> read("a,\"b\n1,2\n", 100)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("header");
	}

}
