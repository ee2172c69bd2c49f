package cn.dingkao.web.prediction;

import java.time.LocalDate;
import java.util.List;

import cn.dingkao.predict.Reminder;
import cn.dingkao.predict.Reminders;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 提醒短信 for the offices (spec "Seeing it coming": an office can see what will be sent and what was sent): the
 * reminders and digests tomorrow morning's run will queue, worked out now on the stored predictions, and the
 * reminders and digests already in the outbox — of the office's district (the city: all).
 */
@Controller
@RequestMapping("/office/reminders")
class OfficeRemindersController {

	static final int PAGE = 100;

	/** Institutions a page of digests covers (the city has about a thousand). */
	static final int ORGS = 50;

	private final PredictionViews views;

	private final Reminders reminders;

	private final PredictionPageMapper mapper;

	OfficeRemindersController(PredictionViews views, Reminders reminders, PredictionPageMapper mapper) {
		this.views = views;
		this.reminders = reminders;
		this.mapper = mapper;
	}

	@GetMapping
	String reminders(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String after,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "") String afterOrg, Model model) {
		CycleCalendar calendar = this.views.calendar();
		if (calendar == null) {
			throw new ActionRefused("尚未配置任何考核年度的时间安排，请联系定考办。");
		}
		LocalDate tomorrow = this.views.today().plusDays(1);
		String district = user.districtScope();
		boolean reminding = this.reminders.settings().enabled() && calendar.predictionOn(tomorrow);
		List<Reminder> due = reminding ? this.reminders.due(calendar.cycle(), tomorrow, district, after, PAGE) : List.of();
		Reminders.DigestPage digests = reminding
				? this.reminders.digestPage(calendar.cycle(), tomorrow, district, afterOrg, ORGS)
				: new Reminders.DigestPage(List.of(), null);
		List<PredictionPageMapper.SentMessage> sent = this.mapper.sentReminders(district, before, PAGE);
		model.addAttribute("cycle", calendar.cycle());
		model.addAttribute("tomorrow", tomorrow);
		model.addAttribute("reminding", reminding);
		model.addAttribute("enabled", this.reminders.settings().enabled());
		model.addAttribute("daysBefore", this.reminders.settings().daysBefore());
		model.addAttribute("due", due);
		model.addAttribute("after", after);
		model.addAttribute("nextAfter", due.size() == PAGE ? due.get(due.size() - 1).certNo() : null);
		model.addAttribute("digests", digests.digests());
		model.addAttribute("afterOrg", afterOrg);
		model.addAttribute("nextAfterOrg", digests.nextAfter());
		model.addAttribute("predictedOn", this.views.predictedOn());
		model.addAttribute("sent", sent);
		model.addAttribute("before", before);
		model.addAttribute("older", sent.size() == PAGE ? sent.get(sent.size() - 1).id() : null);
		return "prediction/office-reminders";
	}

}
