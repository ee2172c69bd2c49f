package cn.dingkao.web.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.PhaseGuard;
import cn.dingkao.web.WebMapper;
import cn.dingkao.web.account.PasswordService;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 区/市定考办: progress, assessment institutions, delegations, nightly runs, workbooks, audit trail, feed. */
@Controller
@RequestMapping("/office")
class OfficeController {

	private final OfficeMapper mapper;

	private final OfficeService service;

	private final NightlyRuns runs;

	private final SummaryFiles summaries;

	private final WebMapper webMapper;

	private final PhaseGuard phases;

	private final PasswordService passwords;

	OfficeController(OfficeMapper mapper, OfficeService service, NightlyRuns runs, SummaryFiles summaries,
			WebMapper webMapper, PhaseGuard phases, PasswordService passwords) {
		this.mapper = mapper;
		this.service = service;
		this.runs = runs;
		this.summaries = summaries;
		this.webMapper = webMapper;
		this.phases = phases;
		this.passwords = passwords;
	}

	@GetMapping
	String dashboard(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", this.mapper.progress(user.districtScope(), this.phases.cycle()));
		model.addAttribute("cycle", this.phases.cycle());
		model.addAttribute("today", this.phases.today());
		return "office/dashboard";
	}

	@PostMapping("/institutions/{org}/reset-password")
	String resetInstitutionPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable String org,
			RedirectAttributes redirect) {
		this.passwords.resetToInitial(user, org);
		redirect.addFlashAttribute("notice", "已将机构 " + org + " 的密码重置为初始密码。");
		return "redirect:/office";
	}

	@GetMapping("/assessment")
	String assessment(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", this.mapper.assessmentApplications(user.districtScope(), this.phases.cycle()));
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
	String delegations(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", this.mapper.delegations(user.districtScope(), this.phases.cycle()));
		model.addAttribute("associations", this.mapper.associations());
		model.addAttribute("examOrgs", this.mapper.examOrgs());
		return "office/delegations";
	}

	@PostMapping("/delegations")
	String delegate(@AuthenticationPrincipal CurrentUser user, @RequestParam String certNo, @RequestParam String board,
			@RequestParam String examOrg, RedirectAttributes redirect) {
		this.service.delegate(user, certNo.trim(), board, examOrg);
		redirect.addFlashAttribute("notice", "已委托。");
		return "redirect:/office/delegations";
	}

	@GetMapping("/runs")
	String runs(Model model) {
		model.addAttribute("jobName", this.runs.jobName());
		model.addAttribute("executions", this.runs.history(20));
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
			return "redirect:/office/runs";
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
					ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(new FileSystemResource(file));
	}

	@GetMapping("/audit")
	String audit(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int page, Model model) {
		int p = Math.max(page, 1);
		model.addAttribute("rows", this.webMapper.findAudit(user.districtScope(), 100, (p - 1) * 100));
		model.addAttribute("page", p);
		return "office/audit";
	}

	@GetMapping("/feed")
	String feed(Model model) {
		try {
			model.addAttribute("rows", this.mapper.feedDeliveries());
		}
		catch (DataAccessException ex) {
			// the feed job's table arrives with its migration; until then there is nothing delivered
			model.addAttribute("rows", java.util.List.of());
		}
		return "office/feed";
	}

}
