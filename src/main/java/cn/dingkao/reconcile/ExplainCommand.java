package cn.dingkao.reconcile;

import java.io.PrintStream;

import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;

import org.springframework.stereotype.Component;

/** {@code ./dingkao explain CERT_NO}: why a physician has the result they have. */
@Component
class ExplainCommand implements Command<CommandLineModel.Explain> {

	private final Explainer explainer;

	ExplainCommand(Explainer explainer) {
		this.explainer = explainer;
	}

	@Override
	public Class<CommandLineModel.Explain> options() {
		return CommandLineModel.Explain.class;
	}

	@Override
	public int run(CommandLineModel.Explain options, PrintStream out) {
		String certNo = options.certNo();
		String text = this.explainer.explain(options.job().cycle(), certNo, options.job().businessDate())
			.orElseThrow(() -> new IllegalArgumentException("应考医师名单中没有证件号码 " + certNo + " (not in the roster)"));
		out.print(text);
		return 0;
	}

}
