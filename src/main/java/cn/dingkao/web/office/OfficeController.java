package cn.dingkao.web.office;

import cn.dingkao.receipt.RegistryAnswers;
import cn.dingkao.ruling.Cycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditFilter;
import cn.dingkao.web.AuditTexts;
import cn.dingkao.web.Confirmation;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Paging;
import cn.dingkao.web.PhaseGuard;
import cn.dingkao.web.WebMapper;
import cn.dingkao.web.account.PasswordService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 区/市定考办: progress, assessment institutions, delegations, accounts, nightly runs, workbooks, audit trail, feed. */
@Controller
@RequestMapping("/office")
class OfficeController {

	private static final int AUDIT_PAGE = 100;

	private static final int REJECTED_PAGE = 50;

	private final OfficeMapper mapper;

	private final ProgressMapper progress;

	private final ProgressCounts counts;

	private final OfficeService service;

	private final NightlyRuns runs;

	private final OfficeDownloads summaries;

	private final WebMapper webMapper;

	private final PhaseGuard phases;

	private final PasswordService passwords;

	private final RegistryAnswers registry;

	OfficeController(OfficeMapper mapper, ProgressMapper progress, ProgressCounts counts, OfficeService service,
			NightlyRuns runs, OfficeDownloads summaries, WebMapper webMapper, PhaseGuard phases, PasswordService passwords,
			RegistryAnswers registry) {
		this.mapper = mapper;
		this.progress = progress;
		this.counts = counts;
		this.service = service;
		this.runs = runs;
		this.summaries = summaries;
		this.webMapper = webMapper;
		this.phases = phases;
		this.passwords = passwords;
		this.registry = registry;
	}

	/** 考核进度: totals per district, then the institutions one page at a time (district and name filters). */
	@GetMapping
	String dashboard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String district,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") long page, Model model) {
		ProgressCounts.Freshness freshness = this.counts.ensureFresh(user.districtScope());
		Cycle cycle = this.phases.cycle();
		ProgressFilter filter = new ProgressFilter(cycle, user.districtScope(), district, q, page);
		Paging paging = Paging.of(filter.page(), this.progress.countInstitutions(filter), ProgressFilter.PAGE_SIZE);
		filter = filter.atPage(paging.page());
		List<ProgressMapper.Progress> totals = this.progress.districtTotals(cycle, user.districtScope());
		model.addAttribute("totals", totals);
		model.addAttribute("grand", sum(totals));
		model.addAttribute("rows", this.progress.institutions(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("paging", paging);
		model.addAttribute("districts", user.districtScope() == null ? this.mapper.districts() : List.of());
		model.addAttribute("unknownMainOrg", user.districtScope() == null ? this.progress.unknownMainOrg() : 0L);
		model.addAttribute("freshness", freshness);
		model.addAttribute("cycle", cycle);
		model.addAttribute("today", this.phases.today());
		return "office/dashboard";
	}

	private static ProgressMapper.Progress sum(List<ProgressMapper.Progress> rows) {
		long[] t = new long[6];
		for (ProgressMapper.Progress row : rows) {
			t[0] += row.physicians();
			t[1] += row.registered();
			t[2] += row.approved();
			t[3] += row.rated();
			t[4] += row.tested();
			t[5] += row.ruled();
		}
		return new ProgressMapper.Progress(null, null, null, "合计", t[0], t[1], t[2], t[3], t[4], t[5]);
	}

	@GetMapping("/accounts")
	String accounts() {
		return "office/accounts";
	}

	/** A mistyped account is a refusal the office can correct on the form, not a 403 page. */
	@PostMapping("/accounts/reset")
	String resetAccount(@AuthenticationPrincipal CurrentUser user, @RequestParam String account,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			this.passwords.checkReset(user, account.trim());
		}
		catch (AccessDeniedException ex) {
			throw new ActionRefused("账号 " + account.trim() + " 不存在，或不是"
					+ (user.districtScope() == null ? "" : "本区的") + "医疗机构或医师账号，请核对后重新输入。");
		}
		return reset(user, account.trim(), "/office/accounts", request, model, redirect);
	}

	@PostMapping("/institutions/{org}/reset-password")
	String resetInstitutionPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable String org,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return reset(user, org, "/office", request, model, redirect);
	}

	private String reset(CurrentUser user, String account, String back, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		this.passwords.checkReset(user, account);
		if (!Confirmation.given(request)) {
			return Confirmation.ask(model, request, "重置密码", "将把账号 " + account + " 的密码重置为初始密码（账号后 6 位 + *Dk），"
					+ "该账号正在使用的登录会立即失效，下次登录须修改密码。", "确定重置");
		}
		this.passwords.resetToInitial(user, account);
		redirect.addFlashAttribute("notice", "已将账号 " + account + " 的密码重置为初始密码，并已使其退出登录。");
		return "redirect:" + back;
	}

	@GetMapping("/assessment")
	String assessment(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", this.mapper.assessmentApplications(user.districtScope(), this.phases.cycle()));
		model.addAttribute("approving", this.phases.beforeClose("审批考核机构"));
		return "office/assessment";
	}

	@PostMapping("/assessment/{org}/approve")
	String approveAssessment(@AuthenticationPrincipal CurrentUser user, @PathVariable String org,
			RedirectAttributes redirect) {
		this.service.approveAssessment(user, org);
		redirect.addFlashAttribute("notice", "已审批通过，24 小时后生效。");
		return "redirect:/office/assessment";
	}

	@GetMapping("/delegations")
	String delegations(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") long page,
			Model model) {
		Cycle cycle = this.phases.cycle();
		Paging paging = Paging.of(page, this.mapper.countDelegations(user.districtScope(), cycle), 50);
		model.addAttribute("rows",
				this.mapper.delegations(user.districtScope(), cycle, 50, (paging.page() - 1) * 50));
		model.addAttribute("paging", paging);
		model.addAttribute("associations", this.service.associations());
		model.addAttribute("examOrgs", this.mapper.examOrgs());
		model.addAttribute("delegating", this.phases.beforeClose("委托协会考核"));
		return "office/delegations";
	}

	@PostMapping("/delegations")
	String delegate(@AuthenticationPrincipal CurrentUser user, @RequestParam String certNo, @RequestParam String board,
			@RequestParam String examOrg, RedirectAttributes redirect) {
		this.service.delegate(user, certNo.trim(), board, examOrg);
		redirect.addFlashAttribute("notice", "已委托 " + certNo.trim() + " 到" + board + "考核。");
		return "redirect:/office/delegations";
	}

	@GetMapping("/runs")
	String runs(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("jobName", this.runs.jobName());
		model.addAttribute("starting", this.runs.startWindow(user));
		model.addAttribute("deliversFeed", this.runs.deliversFeed());
		model.addAttribute("executions", this.runs.history(20));
		model.addAttribute("today", this.phases.today());
		return "office/runs";
	}

	@PostMapping("/runs")
	String startRun(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.runs.start(user);
		redirect.addFlashAttribute("notice", "夜间处理已启动，进度见下表。");
		return "redirect:/office/runs";
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Model model) {
		if (this.runs.progress(id) == null) {
			// a run that does not exist (a link typed or kept from another database): the Chinese 404 page
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("id", id);
		return "office/run";
	}

	@GetMapping(path = "/runs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> progress(@PathVariable long id) {
		Map<String, Object> progress = this.runs.progress(id);
		return progress == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(progress);
	}

	@GetMapping("/downloads")
	String downloads(@AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
		model.addAttribute("files", this.summaries.list(user, this.phases.cycle()));
		model.addAttribute("cycle", this.phases.cycle());
		return "office/downloads";
	}

	@GetMapping("/downloads/{name}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable String name) {
		Path file = this.summaries.resolve(user, this.phases.cycle(), name);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(new FileSystemResource(file));
	}

	/**
	 * 操作记录: the newest 100 first that pass the filters (who, what, physician, dates), within the office's scope;
	 * "更早的记录" continues below the last id shown (keyset, one index range a page).
	 */
	@GetMapping("/audit")
	String audit(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String who,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String certNo,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		AuditFilter filter = AuditFilter.of(user.districtScope(), who, entity, certNo, from, to, before, AUDIT_PAGE);
		List<WebMapper.AuditEntry> entries = this.webMapper.findAudit(filter);
		model.addAttribute("rows", entries.stream().map(AuditTexts::of).toList());
		model.addAttribute("filter", filter);
		model.addAttribute("entities", AuditTexts.entities());
		model.addAttribute("older", entries.size() == AUDIT_PAGE ? entries.get(entries.size() - 1).id() : null);
		return "office/audit";
	}

	@GetMapping("/feed")
	String feed(@RequestParam(defaultValue = "1") long page, Model model) {
		try {
			model.addAttribute("rows", this.mapper.feedDeliveries());
		}
		catch (DataAccessException ex) {
			// the feed job's table arrives with its migration; until then there is nothing delivered
			model.addAttribute("rows", List.of());
		}
		// the registry's receipts: 已入库 / 未入库 per delivery, and the physicians it holds as rejected
		Paging paging = Paging.of(page, this.registry.countRejected(), REJECTED_PAGE);
		model.addAttribute("receipts", this.registry.receipts());
		model.addAttribute("reasons", this.registry.reasons());
		model.addAttribute("rejected", this.registry.rejected(REJECTED_PAGE, (paging.page() - 1) * REJECTED_PAGE));
		model.addAttribute("paging", paging);
		return "office/feed";
	}

}
