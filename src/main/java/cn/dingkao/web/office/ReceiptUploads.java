package cn.dingkao.web.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import cn.dingkao.system.DingkaoProperties;
import cn.dingkao.system.Sha256;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receipts uploaded on the feed page and waiting for the office's confirmation, kept under the output folder
 * ({@code <out>/feed/.receipts-pending/<sha256>.csv}), which every node of the web shares as it shares the
 * workbooks: the confirmation may reach another node than the upload. A confirmation names its upload by the
 * SHA-256 of its bytes, so what is imported is exactly what was checked and shown. Uploads never confirmed are
 * removed after a day.
 */
@Component
class ReceiptUploads {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

	private static final Duration KEPT = Duration.ofDays(1);

	private final Path folder;

	ReceiptUploads(DingkaoProperties properties) {
		this.folder = properties.outDir().resolve("feed").resolve(".receipts-pending").toAbsolutePath().normalize();
	}

	/** Keeps an upload; returns its key (the SHA-256 of its bytes). */
	String keep(MultipartFile upload) {
		try {
			Files.createDirectories(this.folder);
			removeStale();
			Path temp = Files.createTempFile(this.folder, "upload-", ".tmp");
			MessageDigest sha256 = Sha256.newDigest();
			try (InputStream in = new DigestInputStream(upload.getInputStream(), sha256)) {
				Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			}
			String key = Sha256.hex(sha256);
			Files.move(temp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法保存上传的回执 (cannot keep the uploaded receipt) in " + this.folder, ex);
		}
	}

	/** The upload kept under this key, or null when there is none (never uploaded, confirmed, or expired). */
	Path find(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			return null;
		}
		Path file = file(key);
		return Files.isRegularFile(file) ? file : null;
	}

	void discard(String key) {
		Path file = find(key);
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// removed with the stale ones a day later
			}
		}
	}

	/** The name the user's browser gave the file, without any folder (some browsers send a whole path). */
	static String fileName(MultipartFile upload) {
		String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private Path file(String key) {
		return this.folder.resolve(key + ".csv");
	}

	private void removeStale() throws IOException {
		Instant before = Instant.now().minus(KEPT);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder)) {
			for (Path file : files) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

}
