package cn.dingkao.web.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.system.DingkaoProperties;

import cn.dingkao.web.CurrentUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The summary workbooks an office may download, {@code <out>/summary/<cycle>/<district_code>_*.xlsx} (written by
 * the summary job, {@code cn.dingkao.summary.SummaryFiles}). A district office gets only
 * its own district's files; a name is accepted only as a plain file name of that folder (no path traversal).
 */
@Component
class OfficeDownloads {

	private static final Pattern NAME = Pattern.compile("[0-9]{6}_[\\p{IsHan}A-Za-z0-9_.\\-]{1,120}\\.xlsx");

	private final Path out;

	OfficeDownloads(DingkaoProperties folders) {
		this.out = folders.outDir().toAbsolutePath().normalize();
	}

	List<String> list(CurrentUser user, Cycle cycle) throws IOException {
		Path folder = folder(cycle);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> NAME.matcher(name).matches() && allowed(user, name))
				.sorted()
				.toList();
		}
	}

	Path resolve(CurrentUser user, Cycle cycle, String name) {
		if (name == null || !NAME.matcher(name).matches() || !allowed(user, name)) {
			throw new AccessDeniedException("not a summary file of this office");
		}
		Path folder = folder(cycle);
		Path file = folder.resolve(name).normalize();
		if (!file.getParent().equals(folder) || !Files.isRegularFile(file)) {
			throw new AccessDeniedException("no such summary file");
		}
		return file;
	}

	private Path folder(Cycle cycle) {
		return this.out.resolve("summary").resolve(cycle.code());
	}

	private static boolean allowed(CurrentUser user, String name) {
		return user.districtScope() == null || name.startsWith(user.districtCode() + "_");
	}

}
