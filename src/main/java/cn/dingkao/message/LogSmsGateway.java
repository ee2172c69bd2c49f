package cn.dingkao.message;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The developer's gateway (the default): each message becomes one line of {@code <out>/messages/sms.log} —
 * time, key, phone, purpose, text, tab-separated — so a developer, a demo and a test read the code there. The line
 * is forced to disk before the send counts as accepted, so a lookup after a crash finds exactly what was written.
 */
public class LogSmsGateway implements SmsGateway {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Path file;

	private final Clock clock;

	public LogSmsGateway(Path file, Clock clock) {
		this.file = file;
		this.clock = clock;
	}

	public Path file() {
		return this.file;
	}

	@Override
	public String name() {
		return "log";
	}

	@Override
	public synchronized SendOutcome send(Delivery delivery) {
		String line = String.join("\t", LocalDateTime.now(this.clock).format(TIME), delivery.key(), delivery.phone(),
				delivery.purpose().name(), oneLine(delivery.text())) + "\n";
		try {
			Files.createDirectories(this.file.getParent());
			try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND)) {
				ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
				while (bytes.hasRemaining()) {
					channel.write(bytes);
				}
				channel.force(false);
			}
			return new Accepted(delivery.key());
		}
		catch (IOException ex) {
			// nothing of the line is certain to be there: the lookup decides
			return new Unknown("无法写入短信日志文件 (cannot write the SMS log) " + this.file + ": " + ex.getMessage());
		}
	}

	@Override
	public synchronized LookupOutcome lookup(Delivery delivery) {
		try (BufferedReader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] fields = line.split("\t", 3);
				if (fields.length >= 2 && fields[1].equals(delivery.key()) && line.endsWith(oneLine(delivery.text()))) {
					return new Found(delivery.key());
				}
			}
			return new NotFound();
		}
		catch (NoSuchFileException ex) {
			return new NotFound();
		}
		catch (IOException ex) {
			return new LookupFailed("无法读取短信日志文件 (cannot read the SMS log) " + this.file + ": " + ex.getMessage());
		}
	}

	private static String oneLine(String text) {
		return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
	}

}
