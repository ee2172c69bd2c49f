package cn.dingkao.reconcile;

import java.io.PrintStream;

import cn.dingkao.cli.CliOptions;
import cn.dingkao.cli.Command;

import org.springframework.stereotype.Component;

/** {@code ./dingkao explain CERT_NO}: why a physician has the result they have. */
@Component
class ExplainCommand implements Command {

	private final Explainer explainer;

	ExplainCommand(Explainer explainer) {
		this.explainer = explainer;
	}

	@Override
	public String name() {
		return "explain";
	}

	@Override
	public int run(CliOptions options, PrintStream out) {
		if (options.arguments().isEmpty()) {
			throw new IllegalArgumentException("用法: ./dingkao explain 证件号码 (usage: explain CERT_NO)");
		}
		String certNo = options.arguments().get(0).trim();
		String text = this.explainer.explain(options.cycle(), certNo, options.businessDate())
			.orElseThrow(() -> new IllegalArgumentException("应考医师名单中没有证件号码 " + certNo + " (not in the roster)"));
		out.print(text);
		return 0;
	}

}
