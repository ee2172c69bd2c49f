package cn.dingkao.receipt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.feed.FeedDelivery;
import cn.dingkao.ruling.ReceiptStatus;
import cn.dingkao.system.Sha256;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the registry's receipts (spec "The registry's receipt"): {@link #check} reads a receipt and checks it
 * against the delivery its name points to, recording nothing; {@link #record} records it in one transaction —
 * the receipt itself, its rejected rows, and per physician what the registry now holds. Importing the same receipt
 * again changes nothing; a different answer to a delivery already answered is refused. The command line and the
 * city office's feed page both come through here.
 */
@Service
public class Receipts {

	private static final Logger log = LoggerFactory.getLogger(Receipts.class);

	/** Rows per statement: a few hundred values keep each statement well under any packet limit. */
	static final int BATCH = 500;

	private final ReceiptMapper mapper;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Receipts(ReceiptMapper mapper, TransactionTemplate transaction, Clock clock) {
		this.mapper = mapper;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Reads the receipt at {@code file}, named {@code fileName} (its own name on the command line, the uploaded
	 * name on the web), and checks it against its delivery.
	 *
	 * @throws ReceiptRefusedException when it is malformed or does not answer its delivery exactly
	 */
	public CheckedReceipt check(Path file, String fileName) {
		ReceiptName name = ReceiptName.parse(fileName);
		FeedDelivery delivery = this.mapper.findDelivery(name.cycle(), name.seq());
		if (delivery == null || !delivery.getFileName().equals(name.deliveryFileName())) {
			throw ReceiptRefusedException.of(fileName, "没有这次交付：" + name.deliveryFileName() + " 从未交付"
					+ (delivery == null ? "" : "（" + name.cycle() + " 年度第 " + name.seq() + " 次交付是 " + delivery.getFileName() + "）")
					+ " (no such delivery: " + name.deliveryFileName() + " was never delivered"
					+ (delivery == null ? "" : "; delivery " + name.seq() + " of " + name.cycle() + " is " + delivery.getFileName())
					+ ")");
		}
		DeliveredRows delivered = DeliveredRows.read(delivery, fileName);
		MessageDigest sha256 = Sha256.newDigest();
		ReceiptAnswers answers;
		try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), sha256)) {
			// the reader reads to the end of the file, so the digest covers every byte
			answers = ReceiptReader.read(in, fileName, delivery.getFileName(), delivered);
		}
		catch (NoSuchFileException ex) {
			throw ReceiptRefusedException.of(fileName, "找不到文件 " + file + " (no such file)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("读取回执失败 (cannot read the receipt) " + file, ex);
		}
		String hex = Sha256.hex(sha256);
		ReceiptRecord previous = this.mapper.findReceipt(name.cycle(), name.seq());
		if (previous != null && !previous.sha256().equals(hex)) {
			throw differentAnswer(fileName, previous);
		}
		return new CheckedReceipt(name, delivery, hex, delivered, answers, previous);
	}

	/**
	 * Records a checked receipt, in one transaction; nothing when it was imported before.
	 *
	 * @param by who imports it (the office account, or the operator on the command line)
	 * @return whether it was recorded now (false: it had been, by this or a concurrent import)
	 */
	public boolean record(CheckedReceipt receipt, String by) {
		if (receipt.alreadyImported()) {
			return false;
		}
		try {
			this.transaction.executeWithoutResult(status -> write(receipt, by));
		}
		catch (DuplicateKeyException ex) {
			// a concurrent import of a receipt for the same delivery committed first
			ReceiptRecord other = this.mapper.findReceipt(receipt.cycle(), receipt.seq());
			if (other != null && !other.sha256().equals(receipt.sha256())) {
				throw differentAnswer(receipt.fileName(), other);
			}
			return false;
		}
		log.info("Receipt {} recorded for delivery {}: {} rows, {} accepted, {} rejected, by {}", receipt.fileName(),
				receipt.delivery().getFileName(), receipt.rows(), receipt.accepted(), receipt.rejected(), by);
		return true;
	}

	/**
	 * Keeps a copy of an imported receipt beside its delivery ({@code <feed folder>/DK_…_0001.receipt.csv}), the
	 * record of what the registry answered. A failure to copy is logged: the import itself stands.
	 */
	public void archive(Path file, CheckedReceipt receipt) {
		Path folder = Path.of(receipt.delivery().getFolder());
		Path target = folder.resolve(receipt.fileName());
		try {
			if (Files.exists(target) && Files.isSameFile(file, target)) {
				return;
			}
			Path temp = folder.resolve("." + receipt.fileName() + ".tmp");
			Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			log.warn("Receipt {} imported but not copied beside its delivery to {}: {}", receipt.fileName(), target,
					ex.toString());
		}
	}

	private void write(CheckedReceipt receipt, String by) {
		// first, so that a concurrent import of the same delivery's receipt waits here and then fails on the key
		this.mapper.insertReceipt(receipt.cycle(), receipt.seq(), receipt.fileName(), receipt.sha256(), receipt.rows(),
				receipt.accepted(), receipt.rejected(), LocalDateTime.now(this.clock), by);
		List<ReceiptMapper.AnswerRow> answers = new ArrayList<>(BATCH);
		List<ReceiptMapper.AnswerRow> rejections = new ArrayList<>();
		for (int index = 0; index < receipt.rows(); index++) {
			ReceiptMapper.AnswerRow row = receipt.answerRow(index);
			answers.add(row);
			if (receipt.status(index) == ReceiptStatus.REJECTED) {
				rejections.add(row);
			}
			if (answers.size() == BATCH) {
				this.mapper.upsertAnswers(answers);
				answers.clear();
			}
			if (rejections.size() == BATCH) {
				this.mapper.insertRejections(rejections);
				rejections.clear();
			}
		}
		if (!answers.isEmpty()) {
			this.mapper.upsertAnswers(answers);
		}
		if (!rejections.isEmpty()) {
			this.mapper.insertRejections(rejections);
		}
	}

	private static ReceiptRefusedException differentAnswer(String fileName, ReceiptRecord previous) {
		return ReceiptRefusedException.of(fileName, "该次交付已有另一份回执 " + previous.fileName() + "（SHA-256 不同，"
				+ previous.importedAtText() + " 由 " + previous.importedBy() + " 导入）；每次交付的回执只导入一次"
				+ " (this delivery already has a different receipt, imported " + previous.importedAtText() + " by "
				+ previous.importedBy() + "; a delivery's receipt is imported once)");
	}

}
