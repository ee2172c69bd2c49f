package cn.dingkao.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the header of every page says ({@code ${@masthead...}} in the layout): who is logged in, by name — the
 * institution's name, not its licence number — with the role; the cycle, the phase and the business date the
 * pages stand on; and which menu entry is the page shown.
 */
@Component("masthead")
public class Masthead {

	private final WebMapper mapper;

	private final PhaseGuard phases;

	private final PageClock clock;

	Masthead(WebMapper mapper, PhaseGuard phases, PageClock clock) {
		this.mapper = mapper;
		this.phases = phases;
		this.clock = clock;
	}

	/**
	 * @param name the account's name (physician, institution, 大兴区定考办, 北京市定考办); the account itself when the
	 * database has no name for it
	 * @param wallDate the real date in Beijing when the business date differs from it (a clock moved for a demo),
	 * else null
	 */
	public record View(String name, String account, String role, String cycle, String phase, LocalDate today,
			LocalDate wallDate) {
	}

	public View of(CurrentUser user) {
		String name = user == null || user.role() == Role.CITY ? null : this.mapper.accountName(user.username());
		if (user != null && user.role() == Role.CITY) {
			name = "北京市定考办";
		}
		else if (user != null && user.role() == Role.DISTRICT && name != null) {
			name = name + "定考办";
		}
		LocalDate today = this.clock.today();
		LocalDate wall = this.clock.wallDate();
		String cycle;
		String phase;
		try {
			cycle = this.phases.cycle().title();
			phase = this.phases.phaseToday();
		}
		catch (ActionRefused ex) {
			cycle = "";
			phase = "";
		}
		return new View(name == null ? (user == null ? "" : user.username()) : name, user == null ? "" : user.username(),
				user == null ? "" : user.role().label(), cycle, phase, today, wall.equals(today) ? null : wall);
	}

	/**
	 * Whether the menu entry {@code link} is the page shown: the same path (or a page under it); an entry with
	 * {@code ?status=X} only for that status, and the entry without it for every other.
	 */
	public boolean at(String link) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return false;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		int query = link.indexOf('?');
		String linkPath = query < 0 ? link : link.substring(0, query);
		// a page under an entry of two levels or more belongs to it (/office/runs/7 to 夜间处理); /office is only itself
		boolean under = linkPath.indexOf('/', 1) > 0 && path.startsWith(linkPath + "/");
		if (!path.equals(linkPath) && !under) {
			return false;
		}
		String status = request.getParameter("status");
		if (query >= 0) {
			return link.substring(query + 1).equals("status=" + status);
		}
		return !"SUBMITTED".equals(status);
	}

}
