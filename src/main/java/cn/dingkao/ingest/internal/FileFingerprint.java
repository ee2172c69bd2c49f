package cn.dingkao.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over a file's bytes tells: its SHA-256 (a file already imported is not imported again),
 * its size, and its text encoding. The encoding is decided by validating every byte as UTF-8 — valid UTF-8
 * (with or without BOM) is UTF-8, anything else is GB18030, as Excel in China writes CSV. No guessing from
 * names or from a sample: a file whose first megabytes are ASCII and whose Chinese names come later is
 * still recognised.
 */
public record FileFingerprint(String sha256, long sizeBytes, Charset charset, boolean hasUtf8Bom, boolean binary) {

	public static final Charset GB18030 = Charset.forName("GB18030");

	public static FileFingerprint of(Path file) throws IOException {
		MessageDigest digest = newDigest();
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		boolean validUtf8 = true;
		boolean binary = false;
		long size = 0;
		byte[] head = new byte[4];
		int headLength = 0;
		ByteBuffer pending = ByteBuffer.allocate(64 * 1024 + 8);
		CharBuffer sink = CharBuffer.allocate(64 * 1024 + 8);
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
				for (int i = 0; i < n && headLength < head.length; i++) {
					head[headLength++] = buffer[i];
				}
				for (int i = 0; i < n && !binary; i++) {
					binary = buffer[i] == 0;
				}
				size += n;
				if (validUtf8) {
					pending.put(buffer, 0, n).flip();
					CoderResult result = utf8.decode(pending, sink.clear(), false);
					validUtf8 = !result.isError();
					pending.compact();
				}
			}
		}
		if (validUtf8) {
			pending.flip();
			validUtf8 = !utf8.decode(pending, sink.clear(), true).isError() && !utf8.flush(sink).isError();
		}
		boolean bom = headLength >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
		boolean zip = headLength >= 2 && head[0] == 'P' && head[1] == 'K';
		return new FileFingerprint(HexFormat.of().formatHex(digest.digest()), size,
				validUtf8 ? StandardCharsets.UTF_8 : GB18030, bom, binary || zip);
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
