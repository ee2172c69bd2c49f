package cn.dingkao.web.account;

import java.io.PrintStream;

import cn.dingkao.cli.CliOptions;
import cn.dingkao.cli.Command;
import cn.dingkao.web.office.ProgressCounts;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code ./dingkao serve}: the web server is already up (Dingkao.main); make sure every account exists and start
 * keeping the progress dashboard's counts up to date in the background.
 */
@Component
class ServeCommand implements Command {

	private final AccountProvisioner provisioner;

	private final ProgressCounts progress;

	private final Environment environment;

	ServeCommand(AccountProvisioner provisioner, ProgressCounts progress, Environment environment) {
		this.provisioner = provisioner;
		this.progress = progress;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public int run(CliOptions options, PrintStream out) {
		int created = this.provisioner.provisionMissing();
		this.progress.keepUpToDate();
		String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "8080"));
		out.println("新建账号 (accounts created): " + created);
		out.println("定考系统已启动 (serving): http://localhost:" + port + "/");
		return 0;
	}

}
