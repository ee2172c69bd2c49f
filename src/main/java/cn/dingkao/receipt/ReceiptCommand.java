package cn.dingkao.receipt;

import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.cli.TextTable;

import org.springframework.stereotype.Component;

/**
 * {@code ./dingkao receipt FILE}: imports the registry's receipt of a delivery and prints what it answered. A receipt
 * that does not answer its delivery exactly is refused whole (exit code 3, the reason naming the file and line).
 */
@Component
class ReceiptCommand implements Command<CommandLineModel.Receipt> {

	/** Rejected physicians listed on the terminal; the city office's feed page lists them all. */
	static final int LISTED = 20;

	private final Receipts receipts;

	private final ReceiptMapper mapper;

	ReceiptCommand(Receipts receipts, ReceiptMapper mapper) {
		this.receipts = receipts;
		this.mapper = mapper;
	}

	@Override
	public Class<CommandLineModel.Receipt> options() {
		return CommandLineModel.Receipt.class;
	}

	@Override
	public int run(CommandLineModel.Receipt options, PrintStream out) {
		Path file = options.file();
		CheckedReceipt receipt = this.receipts.check(file, file.getFileName().toString());
		out.println("回执 (receipt): " + receipt.fileName());
		out.printf("交付 (delivery): %s（%s第 %d 次，%s，%d 行）%n", receipt.delivery().getFileName(), receipt.cycle().title(),
				receipt.seq(), receipt.delivery().getFeedMode(), receipt.delivery().getRowCount());
		if (receipt.alreadyImported()) {
			ReceiptRecord previous = receipt.previous();
			out.printf("该回执已于 %s 由 %s 导入，本次未作任何更改 (imported before, %s by %s; nothing changed)%n",
					previous.importedAtText(), previous.importedBy(), previous.importedAtText(),
					previous.importedBy());
		}
		else if (this.receipts.record(receipt, operator())) {
			this.receipts.archive(file, receipt);
		}
		else {
			out.println("该回执刚由另一进程导入，本次未作任何更改 (imported by another process just now; nothing changed)");
		}
		out.println("已入库 (accepted): " + receipt.accepted());
		out.println("未入库 (rejected): " + receipt.rejected());
		if (receipt.rejected() > 0) {
			print(receipt, out);
		}
		return 0;
	}

	private void print(CheckedReceipt receipt, PrintStream out) {
		out.println();
		TextTable reasons = new TextTable("未入库原因 (reason)", "行数 (rows)");
		receipt.reasons().forEach(reason -> reasons.row(reason.text(), reason.rowCount()));
		reasons.print(out);
		out.println();
		List<CheckedReceipt.Rejected> rows = receipt.rejectedRows(LISTED);
		Map<String, String> names = this.mapper
			.names(receipt.cycle(), rows.stream().map(CheckedReceipt.Rejected::certNo).toList())
			.stream()
			.collect(Collectors.toMap(ReceiptMapper.Physician::certNo, ReceiptMapper.Physician::name, (a, b) -> a));
		TextTable listed = new TextTable("回执行 (line)", "证件号码 (cert_no)", "姓名 (name)", "原因 (reason)");
		rows.forEach(row -> listed.row(row.line(), row.maskedCertNo(), names.getOrDefault(row.certNo(), ""), row.reason()));
		listed.print(out);
		if (receipt.rejected() > rows.size()) {
			out.printf("……另有 %d 人，见网页「数据交付」 (%d more: see the city office's feed page)%n",
					receipt.rejected() - rows.size(), receipt.rejected() - rows.size());
		}
		out.println("数据变更后的下一次增量报送会重新报送他们；数据未变时，核实后用 feed --delta --resend-rejected"
				+ " (the next DELTA carries them once their row changes; otherwise feed --delta --resend-rejected)");
	}

	/** Who imported it: the operator's account on this machine. */
	private static String operator() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			host = "localhost";
		}
		return "cli:" + System.getProperty("user.name", "?") + "@" + host;
	}

}
