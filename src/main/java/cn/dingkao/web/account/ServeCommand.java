package cn.dingkao.web.account;

import java.io.PrintStream;

import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.message.LogSmsGateway;
import cn.dingkao.message.OutboxSender;
import cn.dingkao.web.office.ProgressCounts;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code ./dingkao serve}: the web server is already up (Dingkao.main); make sure every account exists, start
 * keeping the progress dashboard's counts up to date in the background, and start the text-message sender (which
 * delivers on whichever node holds its lease).
 */
@Component
class ServeCommand implements Command<CommandLineModel.Serve> {

	private final AccountProvisioner provisioner;

	private final ProgressCounts progress;

	private final Environment environment;

	private final OutboxSender sender;

	ServeCommand(AccountProvisioner provisioner, ProgressCounts progress, Environment environment, OutboxSender sender) {
		this.provisioner = provisioner;
		this.progress = progress;
		this.environment = environment;
		this.sender = sender;
	}

	@Override
	public Class<CommandLineModel.Serve> options() {
		return CommandLineModel.Serve.class;
	}

	@Override
	public int run(CommandLineModel.Serve options, PrintStream out) {
		int created = this.provisioner.provisionMissing();
		this.progress.keepUpToDate();
		this.sender.start();
		String port = this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "8080"));
		out.println("新建账号 (accounts created): " + created);
		if (this.sender.gateway() instanceof LogSmsGateway log) {
			out.println("短信网关 log：短信（含验证码）只写入文件 " + log.file() + "，不发到手机；生产环境请配置 dingkao.sms.gateway=aliyun"
					+ " (SMS gateway 'log': messages are only written to that file)");
		}
		else {
			out.println("短信网关 (SMS gateway): " + this.sender.gateway().name());
		}
		out.println("定考系统已启动 (serving): http://localhost:" + port + "/");
		return 0;
	}

}
