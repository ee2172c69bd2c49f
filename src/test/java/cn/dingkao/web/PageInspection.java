package cn.dingkao.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;

/**
 * What a person sees on the page in the browser, read by one script, and the rules every page of the walk must
 * keep (issue 25): no English outside identifiers, no raw enum or step key, no sideways scroll, identifiers on one
 * line at 1024 px, every visible action allowed today, no greyed-out control, one clock for every time shown.
 * An identifier is what the page marks as one ({@code class="id"}: certificate and licence numbers, accounts, file
 * names) or a code with digits in it; a Latin word without a digit anywhere else is English.
 */
final class PageInspection {

	/** Runs in the page: visible texts (identifiers apart), actions, controls, layout measures. */
	private static final String SCRIPT = """
			const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
			    && getComputedStyle(el).visibility !== 'hidden';
			const texts = [], ids = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			let node;
			while ((node = walker.nextNode())) {
			  const parent = node.parentElement;
			  if (!parent || parent.closest('script, style, noscript, option') || !visible(parent)) continue;
			  const text = node.nodeValue.replace(/\\s+/g, ' ').trim();
			  if (text) (parent.closest('.id') ? ids : texts).push(text);
			}
			for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
			  if (!visible(el)) continue;
			  for (const name of ['placeholder', 'title', 'aria-label']) {
			    const value = el.getAttribute(name);
			    if (value) texts.push(value);
			  }
			}
			for (const select of document.querySelectorAll('select')) {
			  if (visible(select)) for (const option of select.options) texts.push(option.text.trim());
			}
			texts.push(document.title);
			const broken = [];
			for (const el of document.querySelectorAll('.id')) {
			  if (visible(el) && el.getClientRects().length > 1) broken.push(el.textContent.trim());
			}
			const actions = [];
			for (const form of document.querySelectorAll('main form')) {
			  if ((form.getAttribute('method') || 'get').toLowerCase() !== 'post') continue;
			  // an action is a form the user can send: one with a visible submit button (its own or by form=)
			  const buttons = Array.from(form.elements).filter(el => (el.tagName === 'BUTTON' && el.type === 'submit')
			      || (el.tagName === 'INPUT' && el.type === 'submit'));
			  if (buttons.some(visible)) actions.push('POST ' + new URL(form.action).pathname);
			}
			for (const link of document.querySelectorAll('main a.button')) {
			  if (visible(link)) actions.push('GET ' + new URL(link.href).pathname);
			}
			const disabled = [];
			for (const el of document.querySelectorAll('main button, main select, main input, main textarea')) {
			  if (el.disabled && visible(el)) disabled.push(el.id || el.name || el.textContent.trim());
			}
			const page = document.querySelector('main .page') || document.querySelector('main');
			const first = Array.from(page.children).find(visible);
			const header = document.getElementById('topbar');
			return {
			  texts: texts, ids: ids, broken: broken, actions: actions, disabled: disabled,
			  scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
			  firstId: first ? (first.id || first.className) : '', firstTop: first ? first.getBoundingClientRect().top : 0,
			  headerHeight: header ? header.getBoundingClientRect().height : 0
			};
			""";

	/** A run of Latin letters and the characters codes are made of; English when it has no digit. */
	private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9_.*+\\-/:@#]*[A-Za-z][A-Za-z0-9_.*+\\-/:@#]*");

	/** Stored codes a page must show as words. */
	private static final Pattern RAW_ENUM = Pattern.compile("\\b(DRAFT|SUBMITTED|APPROVED|RETURNED|PASS|FAIL|MISSING|PENDING|"
			+ "FULL|DELTA|HIDDEN|RESIDENT|MILITARY|COMPLETED|FAILED|STARTED|STARTING|STOPPED|ABANDONED|UNKNOWN|"
			+ "[A-Z]{2,}(?:_[A-Z]{2,})+)\\b");

	/** The jobs' step names (import.roster.load, rulePhysicianRange:range-1, summaryStep, …). */
	private static final Pattern STEP_KEY = Pattern
		.compile("\\b(?:import|rule|summary|feed|nightly)(?:[A-Z][A-Za-z]*)*(?:[.:][A-Za-z_-]+)+\\b|\\b(?:rule|summary|feed)[A-Z][A-Za-z]*\\b");

	private static final Pattern TIME = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})\\b");

	final List<String> texts;

	final List<String> ids;

	final List<String> broken;

	final List<String> actions;

	final List<String> disabled;

	final long scrollWidth;

	final long clientWidth;

	final String firstId;

	final double firstTop;

	final double headerHeight;

	@SuppressWarnings("unchecked")
	private PageInspection(Map<String, Object> seen) {
		this.texts = (List<String>) seen.get("texts");
		this.ids = (List<String>) seen.get("ids");
		this.broken = (List<String>) seen.get("broken");
		this.actions = (List<String>) seen.get("actions");
		this.disabled = (List<String>) seen.get("disabled");
		this.scrollWidth = ((Number) seen.get("scrollWidth")).longValue();
		this.clientWidth = ((Number) seen.get("clientWidth")).longValue();
		this.firstId = String.valueOf(seen.get("firstId"));
		this.firstTop = ((Number) seen.get("firstTop")).doubleValue();
		this.headerHeight = ((Number) seen.get("headerHeight")).doubleValue();
	}

	@SuppressWarnings("unchecked")
	static PageInspection of(JavascriptExecutor browser) {
		return new PageInspection((Map<String, Object>) browser.executeScript(SCRIPT));
	}

	/** Latin words without a digit outside identifiers: English a user would have to read. */
	List<String> english() {
		List<String> found = new ArrayList<>();
		for (String text : this.texts) {
			Matcher words = LATIN.matcher(text);
			while (words.find()) {
				if (words.group().chars().noneMatch(Character::isDigit)) {
					found.add(words.group() + " in «" + text + "»");
				}
			}
		}
		return found;
	}

	/** Stored codes and step keys anywhere on the page, identifiers included. */
	List<String> rawKeys() {
		List<String> found = new ArrayList<>();
		for (List<String> list : List.of(this.texts, this.ids)) {
			for (String text : list) {
				for (Pattern pattern : List.of(RAW_ENUM, STEP_KEY)) {
					Matcher key = pattern.matcher(text);
					while (key.find()) {
						found.add(key.group() + " in «" + text + "»");
					}
				}
			}
		}
		return found;
	}

	/** Every date and minute shown, identifiers included. */
	List<LocalDateTime> times() {
		List<LocalDateTime> found = new ArrayList<>();
		for (List<String> list : List.of(this.texts, this.ids)) {
			for (String text : list) {
				Matcher time = TIME.matcher(text);
				while (time.find()) {
					found.add(LocalDateTime.parse(time.group(1) + "T" + time.group(2)));
				}
			}
		}
		return found;
	}

	boolean shows(String text) {
		return this.texts.stream().anyMatch(t -> t.contains(text));
	}

}
