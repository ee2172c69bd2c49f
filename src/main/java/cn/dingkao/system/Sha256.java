package cn.dingkao.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one hash of the program: input files (a file already imported is not imported twice), results
 * (a rerun rewrites only what changed) and feed deliveries (the manifest's checksum). Hex in lower case.
 */
public final class Sha256 {

	// one digest per thread for the texts: the provider lookup of a new one per result was a third of the hashing
	private static final ThreadLocal<MessageDigest> TEXT_DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

	private Sha256() {
	}

	/** A fresh digest, for hashing a stream as it is read or written. */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The hash of a file's bytes. */
	public static String ofFile(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
		}
		return hex(digest);
	}

	/** The hash of a text's UTF-8 bytes. */
	public static String ofText(String text) {
		MessageDigest digest = TEXT_DIGEST.get();
		digest.reset();
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		return hex(digest);
	}

}
