package cn.dingkao.web.office;

import java.util.List;

import cn.dingkao.message.MessageLog;
import cn.dingkao.message.MessageStatus;
import cn.dingkao.message.ListedMessage;
import cn.dingkao.web.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 短信记录: the recent text messages of the office's scope (a district office its district's, the city all), phones
 * and accounts masked, with their status and, for a failure, the provider's code and message and what to do.
 */
@Controller
@RequestMapping("/office/messages")
class OfficeMessagesController {

	static final int PAGE = 100;

	private final MessageLog messages;

	OfficeMessagesController(MessageLog messages) {
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long before, Model model) {
		MessageStatus filter = MessageStatus.of(status);
		List<ListedMessage> rows = this.messages.recent(user.districtScope(), filter, before, PAGE);
		model.addAttribute("rows", rows);
		model.addAttribute("status", filter == null ? "" : filter.name());
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("lastDay", this.messages.lastDay(user.districtScope()));
		model.addAttribute("older", rows.size() == PAGE ? rows.get(rows.size() - 1).id() : null);
		return "office/messages";
	}

}
