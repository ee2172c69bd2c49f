package cn.dingkao.web.office;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.receipt.CheckedReceipt;
import cn.dingkao.receipt.ReceiptRecord;
import cn.dingkao.receipt.ReceiptRefusedException;
import cn.dingkao.receipt.Receipts;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.Confirmation;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Labels;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 市定考办: uploads the registry's receipt of a delivery on the feed page. The upload is checked against its delivery
 * and shown — counts, reasons, the first rejected physicians — and imported only when the office confirms; a refused
 * receipt changes nothing and its reason is shown above the form. Every import is audited.
 */
@Controller
@RequestMapping("/office/feed")
class FeedReceiptController {

	/** Rejected rows named on the confirmation page; the page lists them all once imported. */
	private static final int SHOWN = 10;

	private final Receipts receipts;

	private final ReceiptUploads uploads;

	private final AuditLog audit;

	private final Labels labels;

	FeedReceiptController(Receipts receipts, ReceiptUploads uploads, AuditLog audit, Labels labels) {
		this.receipts = receipts;
		this.uploads = uploads;
		this.audit = audit;
		this.labels = labels;
	}

	@PostMapping("/receipt")
	String receipt(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String receipt, @RequestParam(required = false) String name,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (Confirmation.given(request)) {
			return confirmed(user, receipt, name, redirect);
		}
		if (file == null || file.isEmpty()) {
			throw new ActionRefused("请选择电子化注册系统的回执文件（DK_年度_日期_序号.receipt.csv）再上传。");
		}
		String fileName = ReceiptUploads.fileName(file);
		String key = this.uploads.keep(file);
		CheckedReceipt checked = check(key, fileName);
		if (checked.alreadyImported()) {
			this.uploads.discard(key);
			redirect.addFlashAttribute("notice", alreadyImported(checked.previous()));
			return "redirect:/office/feed";
		}
		return Confirmation.ask(model, request, "导入电子化注册系统回执", describe(checked), lines(checked), "确定导入",
				List.of(new Confirmation.Field("receipt", key), new Confirmation.Field("name", fileName)));
	}

	private String confirmed(CurrentUser user, String key, String fileName, RedirectAttributes redirect) {
		if (this.uploads.find(key) == null || fileName == null) {
			throw new ActionRefused("上传的回执已不在（已导入或已过期），请重新上传。");
		}
		CheckedReceipt checked = check(key, fileName);
		if (!checked.sha256().equals(key)) {
			throw new ActionRefused("上传的回执已被改动，请重新上传。");
		}
		if (!this.receipts.record(checked, user.username())) {
			this.uploads.discard(key);
			redirect.addFlashAttribute("notice", "该回执已由他人导入，本次未作任何更改。");
			return "redirect:/office/feed";
		}
		this.receipts.archive(this.uploads.find(key), checked);
		this.uploads.discard(key);
		this.audit.record(user, null, AuditEntity.REGISTRY_RECEIPT, checked.delivery().getFileName(), AuditField.IMPORT,
				null,
				checked.fileName() + "：已入库 " + checked.accepted() + "，未入库 " + checked.rejected() + "，SHA-256 " + checked.sha256());
		redirect.addFlashAttribute("notice", "已导入回执 " + checked.fileName() + "：已入库 " + checked.accepted() + "，未入库 "
				+ checked.rejected() + "。");
		return "redirect:/office/feed";
	}

	private CheckedReceipt check(String key, String fileName) {
		Path file = this.uploads.find(key);
		try {
			return this.receipts.check(file, fileName);
		}
		catch (ReceiptRefusedException ex) {
			this.uploads.discard(key);
			throw new ActionRefused(ex.getMessage());
		}
	}

	private String describe(CheckedReceipt checked) {
		return "回执 " + checked.fileName() + " 回复" + checked.cycle().title() + "第 " + checked.seq() + " 次交付 "
				+ checked.delivery().getFileName() + "（" + this.labels.feedMode(checked.delivery().getFeedMode()) + "，"
				+ checked.rows() + " 行），与交付逐行核对无误：已入库 " + checked.accepted() + "，未入库 " + checked.rejected()
				+ "。导入后记录每位医师在注册系统中的状态；未入库的医师列在本页，数据变更后的下一次增量报送会重新报送。";
	}

	private static List<Confirmation.Line> lines(CheckedReceipt checked) {
		List<Confirmation.Line> lines = new ArrayList<>();
		checked.reasons()
			.forEach(reason -> lines.add(Confirmation.Line.of("未入库原因：" + reason.text() + "，" + reason.rowCount() + " 人")));
		checked.rejectedRows(SHOWN)
			.forEach(row -> lines.add(Confirmation.Line.warning("未入库：回执第 " + row.line() + " 行 " + row.maskedCertNo() + "，"
					+ row.reason())));
		if (checked.rejected() > SHOWN) {
			lines.add(Confirmation.Line.of("……另有 " + (checked.rejected() - SHOWN) + " 人，导入后在本页列出。"));
		}
		return lines;
	}

	private static String alreadyImported(ReceiptRecord previous) {
		return "该回执已于 " + Labels.minutes(previous.importedAt()) + " 由 " + previous.importedBy() + " 导入，本次未作任何更改。";
	}

}
