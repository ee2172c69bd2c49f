package cn.dingkao.ruling;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** What the rules found so far for one physician: reasons, warnings and the trace of rules applied. */
final class Findings {

	final SortedSet<ReasonCode> reasons = new TreeSet<>(ReasonCode.ASCII_ORDER);

	final List<Warning> warnings = new ArrayList<>();

	final List<String> trace = new ArrayList<>();

	void reason(ReasonCode code) {
		reasons.add(code);
	}

	void warn(WarningCode code, String orgCode, String detail) {
		warnings.add(new Warning(code, orgCode, detail));
	}

	void trace(String line) {
		trace.add(line);
	}

}
