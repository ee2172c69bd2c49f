package cn.dingkao.feed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.security.MessageDigest;

import cn.dingkao.ruling.Cycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("issue 26: the last FULL copied with a new decided_on")
class FeedFilesTests {

	static final String HEADER = "cert_type,cert_no,name,cycle_year,outcome_code,outcome,ethics,performance,business,"
			+ "specialty,main_org_code,simplified,reasons,decided_on\n";

	@TempDir
	Path folder;

	@Test
	@DisplayName("every record's last field becomes the new date, a line feed inside quotes is no record's end")
	void replacesTheLastFieldOfEveryRecord() throws Exception {
		String text = HEADER + "RESIDENT,1,\"王\n五,2026-08-11\",2026,1,合格,PASS,PASS,PASS,,O,N,,2026-08-11\n"
				+ "RESIDENT,2,\"a \"\"b\"\"\",2026,1,合格,PASS,PASS,PASS,,O,N,,2026-08-11\n";
		FeedDelivery earlier = earlier(text, 2);

		FeedFiles.Written written = FeedFiles.copyWithDate(earlier, this.folder, "B.csv", LocalDate.of(2026, 8, 12));

		String copied = Files.readString(FeedFiles.temp(this.folder, "B.csv"), StandardCharsets.UTF_8);
		assertThat(copied).isEqualTo(HEADER + "RESIDENT,1,\"王\n五,2026-08-11\",2026,1,合格,PASS,PASS,PASS,,O,N,,2026-08-12\n"
				+ "RESIDENT,2,\"a \"\"b\"\"\",2026,1,合格,PASS,PASS,PASS,,O,N,,2026-08-12\n");
		assertThat(written.rows()).isEqualTo(2);
		assertThat(written.sha256()).isEqualTo(sha256(copied));
	}

	@Test
	@DisplayName("a file not as recorded (changed on disk, another row count, a row without the date) is not copied, and no temp file stays")
	void refusesWhatIsNotAsRecorded() throws Exception {
		String text = HEADER + "RESIDENT,1,张三,2026,1,合格,PASS,PASS,PASS,,O,N,,2026-08-11\n";
		FeedDelivery earlier = earlier(text, 1);
		Files.writeString(this.folder.resolve("A.csv"), text.replace("张三", "李四"), StandardCharsets.UTF_8);
		assertThat(FeedFiles.copyWithDate(earlier, this.folder, "B.csv", LocalDate.of(2026, 8, 12))).isNull();

		assertThat(FeedFiles.copyWithDate(earlier(text, 2), this.folder, "B.csv", LocalDate.of(2026, 8, 12))).isNull();

		String undated = HEADER + "RESIDENT,1,张三,2026,1,合格,PASS,PASS,PASS,,O,N,,\n";
		assertThat(FeedFiles.copyWithDate(earlier(undated, 1), this.folder, "B.csv", LocalDate.of(2026, 8, 12))).isNull();
		assertThat(FeedFiles.temp(this.folder, "B.csv")).doesNotExist();
	}

	private FeedDelivery earlier(String text, long rows) throws Exception {
		Files.writeString(this.folder.resolve("A.csv"), text, StandardCharsets.UTF_8);
		return new FeedDelivery(Cycle.regular(2026), 1, "A.csv", FeedMode.FULL, rows, sha256(text),
				LocalDate.of(2026, 8, 11), LocalDateTime.of(2026, 8, 11, 2, 0), this.folder.toString(), 1, "basis");
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
