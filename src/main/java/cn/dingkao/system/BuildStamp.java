package cn.dingkao.system;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which build a class comes from: its jar (or class file) with its size and time. What a build decides — a ruling,
 * a workbook's layout — is kept only while the build is the same (issue 26).
 */
public final class BuildStamp {

	private BuildStamp() {
	}

	/** The path, size and time of the jar or class file of {@code type}; one that cannot be told apart never repeats. */
	public static String of(Class<?> type) {
		try {
			var source = type.getProtectionDomain().getCodeSource();
			if (source == null) {
				return "unknown";
			}
			URI location = source.getLocation().toURI();
			if ("nested".equals(location.getScheme())) {
				// Spring Boot's fat jar: nested:/path/app.jar/!BOOT-INF/classes/!/
				String jar = location.getSchemeSpecificPart();
				location = Path.of(jar.substring(0, jar.indexOf("/!"))).toUri();
			}
			Path path = Path.of(location);
			Path file = Files.isDirectory(path) ? path.resolve(type.getName().replace('.', '/') + ".class") : path;
			return path + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException | URISyntaxException | RuntimeException ex) {
			// no way to tell the build apart: nothing it decided is kept
			return "unknown " + System.nanoTime();
		}
	}

}
