package cn.dingkao.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import cn.dingkao.batch.RunParameters;
import cn.dingkao.ruling.Cycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What {@code ./dingkao} accepts, declared for picocli: every command, every option with its default and a
 * description (Chinese and English), and examples. Parsing fills one of these objects ({@link Invocation}), and it
 * is what the command reads: a {@link cn.dingkao.cli.Command Command} bean runs the class it names, through its
 * typed accessors. {@code --some.spring.property=value} options are not declared here: they are Spring settings,
 * taken out before parsing (see {@link Invocation#parse}).
 * <p>
 * To add a command: a class here (extending {@link JobCommand} when it works on a cycle's data, or implementing
 * {@link ApplicationOptions} when it only needs the database), listed in {@code subcommands}, and a
 * {@code Command<ThatClass>} bean in the feature's package.
 */
@Command(name = "dingkao", mixinStandardHelpOptions = true, version = "dingkao 0.1",
		description = { "北京市医师定期考核：导入、裁定、汇总、报送 (Beijing physician periodic assessment: import, rule,"
				+ " summary workbooks, registry feed)." },
		subcommands = { CommandLineModel.Import.class, CommandLineModel.Rule.class, CommandLineModel.Explain.class,
				CommandLineModel.Summary.class, CommandLineModel.Feed.class, CommandLineModel.Receipt.class,
				CommandLineModel.Nightly.class, CommandLineModel.Predict.class, CommandLineModel.Serve.class,
				CommandLineModel.Generate.class, CommandLineModel.Help.class },
		synopsisSubcommandLabel = "COMMAND",
		footerHeading = "%n", footer = { "示例 (examples):", "  ./dingkao nightly --date 2026-08-11",
				"  ./dingkao import --input /data/inbox --out /data/out", "  ./dingkao help nightly", "",
				"任何 Spring 设置可写成 --名称=值 (any Spring setting as --name=value), e.g. --dingkao.import.chunk-size=500.",
				"退出码 (exit codes): 0 成功 ok, 1 其他失败 other failure, 2 用法错误 usage, 3 输入被拒收 refused input,",
				"  4 已有作业在运行 already running. 完整日志 (full log): <out>/logs/." })
public final class CommandLineModel {

	static final String DEFAULT_CYCLE = "2026";

	/** Made by picocli only, as the root of the command line. */
	CommandLineModel() {
	}

	/** A folder given on the command line, taken from the folder the command was typed in. */
	private static Path absolute(Path folder) {
		return folder.toAbsolutePath().normalize();
	}

	/**
	 * What every command that starts the application (database, jobs, web) has: the embedded database's folder,
	 * the output folder (where its log goes) and the inbox.
	 */
	public interface ApplicationOptions {

		Path data();

		Path out();

		/** The inbox: a command without --input has the default one (the web and the schedule read it). */
		default Path input() {
			return absolute(Path.of("sample-input"));
		}

		/** Where the command's log file goes. */
		default Path logs() {
			return out().resolve("logs");
		}

	}

	/** What every command on a cycle's data shares: its folders, the cycle and the business date. */
	public static final class JobOptions implements ApplicationOptions {

		@Option(names = "--input", paramLabel = "DIR", defaultValue = "sample-input",
				description = "输入文件夹，六个输入文件 (folder of the six input files). Default: ${DEFAULT-VALUE}")
		Path input;

		@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
				description = "输出文件夹：拒收记录、汇总表、报送文件、日志 (output folder: rejects, workbooks, feed, logs)."
						+ " Default: ${DEFAULT-VALUE}")
		Path out;

		@Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
				description = "嵌入式数据库文件夹 (embedded database folder; not used with the mysql profile)."
						+ " Default: ${DEFAULT-VALUE}")
		Path data;

		@Option(names = "--cycle", paramLabel = "CODE", defaultValue = DEFAULT_CYCLE, converter = CycleConverter.class,
				description = "考核年度，如 2026 或再次考核 2026R (cycle code, e.g. 2026 or 2026R). Default: ${DEFAULT-VALUE}")
		Cycle cycle;

		@Option(names = "--date", paramLabel = "yyyy-MM-dd", converter = DateConverter.class,
				description = "业务日期 (business date). Default: 今天 today (Asia/Shanghai)")
		LocalDate date;

			private LocalDate today;

		@Override
		public Path input() {
			return absolute(this.input);
		}

		@Override
		public Path out() {
			return absolute(this.out);
		}

		@Override
		public Path data() {
			return absolute(this.data);
		}

		/** {@code --cycle 2026} or {@code --cycle 2026R} (a plain year is the regular cycle). */
		public Cycle cycle() {
			return this.cycle;
		}

		/** {@code --date}, else today in Beijing (taken once, so one command stands on one day). */
		public LocalDate businessDate() {
			if (this.date != null) {
				return this.date;
			}
			if (this.today == null) {
				this.today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			}
			return this.today;
		}

		/** The job parameters of a run on these options ({@link RunParameters}): the same night wherever it starts. */
		public JobParametersBuilder jobParameters() {
			return RunParameters.of(cycle(), businessDate(), input(), out());
		}

	}

	/** A command on a cycle's data: {@link JobOptions} and what they give. */
	public abstract static class JobCommand implements ApplicationOptions {

		@Mixin
		JobOptions job;

		public JobOptions job() {
			return this.job;
		}

		@Override
		public Path input() {
			return this.job.input();
		}

		@Override
		public Path out() {
			return this.job.out();
		}

		@Override
		public Path data() {
			return this.job.data();
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "读取 --input 的六个输入文件入库；拒收行写到 <out>/rejects/ (reads the six input files into the"
					+ " database; rejected rows to <out>/rejects/). 已导入过的文件（SHA-256 相同）跳过 (files already"
					+ " imported are skipped).",
			footerHeading = "%n", footer = { "示例 (example):", "  ./dingkao import --input /data/inbox" })
	public static final class Import extends JobCommand {
	}

	@Command(name = "rule", mixinStandardHelpOptions = true,
			description = "裁定每位应考医师 (rules on every physician of the cycle); 按区打印结果与警告 (prints outcomes"
					+ " and warnings per district).",
			footerHeading = "%n", footer = { "示例 (example):", "  ./dingkao rule --date 2026-08-11" })
	public static final class Rule extends JobCommand {
	}

	@Command(name = "explain", mixinStandardHelpOptions = true,
			description = "说明一位医师为何得到其结果 (why a physician has their result): 各项、规则、来源文件与行号.",
			footerHeading = "%n", footer = { "示例 (example):", "  ./dingkao explain 110102196812250306" })
	public static final class Explain extends JobCommand {

		@Parameters(paramLabel = "CERT_NO", description = "证件号码 (certificate number)")
		String certNo;

		public String certNo() {
			return this.certNo.trim();
		}

	}

	@Command(name = "summary", mixinStandardHelpOptions = true,
			description = "写各区与全市汇总表 (district and city workbooks) 到 <out>/summary/<cycle>/.",
			footerHeading = "%n", footer = { "示例 (example):", "  ./dingkao summary --date 2026-08-11 --again" })
	public static final class Summary extends JobCommand {

		@Option(names = "--again", description = "同一业务日期已完成时再写一次 (write again when this date completed)")
		boolean again;

		/** Write the workbooks again when this business date's run completed. */
		public boolean again() {
			return this.again;
		}

	}

	@Command(name = "feed", mixinStandardHelpOptions = true,
			description = "写一次报送文件 (one registry delivery) <out>/feed/<cycle>/DK_<cycle>_<yyyyMMdd>_<seq>.csv"
					+ " + .manifest.json；考核关闭后才允许 (only after CLOSE unless --force).",
			footerHeading = "%n", footer = { "示例 (example):", "  ./dingkao feed --date 2026-08-11 --delta" })
	public static final class Feed extends JobCommand {

		@Option(names = "--delta", description = "只报送变化 (only what changed since the previous delivery)")
		boolean delta;

		@Option(names = "--force", description = "关闭前也报送 (deliver before CLOSE too)")
		boolean force;

		@Option(names = "--again", description = "同日再报送一次 (a further delivery on the same date)")
		boolean again;

		@Option(names = "--resend-rejected", description = "增量报送时另带上注册系统回执为未入库的全部医师 (with --delta:"
				+ " also every physician the registry's receipts rejected, changed or not)")
		boolean resendRejected;

		public boolean delta() {
			return this.delta;
		}

		public boolean force() {
			return this.force;
		}

		public boolean again() {
			return this.again;
		}

		public boolean resendRejected() {
			return this.resendRejected;
		}

	}

	@Command(name = "receipt", mixinStandardHelpOptions = true,
			description = "导入电子化注册系统的回执 DK_<cycle>_<yyyyMMdd>_<seq>.receipt.csv：与其交付逐行核对，不符则整份拒收"
					+ " (imports the registry's receipt of a delivery; checked row by row against the delivery, refused whole"
					+ " on any mismatch). 同一回执重复导入不作更改 (importing it again changes nothing).",
			footerHeading = "%n", footer = { "示例 (example):", "  ./dingkao receipt /data/registry/DK_2026_20260811_0001.receipt.csv" })
	public static final class Receipt implements ApplicationOptions {

		@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
				description = "输出文件夹，日志写到 <out>/logs/ (output folder; the log goes to <out>/logs/). Default: ${DEFAULT-VALUE}")
		Path out;

		@Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
				description = "嵌入式数据库文件夹 (embedded database folder; not used with the mysql profile). Default: ${DEFAULT-VALUE}")
		Path data;

		@Parameters(paramLabel = "FILE", description = "回执文件 (the receipt file)")
		Path file;

		@Override
		public Path out() {
			return absolute(this.out);
		}

		@Override
		public Path data() {
			return absolute(this.data);
		}

		public Path file() {
			return absolute(this.file);
		}

	}

	@Command(name = "nightly", mixinStandardHelpOptions = true,
			description = "夜间作业：导入 → 裁定 → 汇总 → 报送（关闭后） (the night's run: import → rule → summary → feed"
					+ " after CLOSE). 失败或中断后以相同命令继续 (after a failure or a kill the same command continues).",
			footerHeading = "%n", footer = { "示例 (examples):", "  ./dingkao nightly --date 2026-08-11",
					"  ./dingkao nightly --date 2026-08-11 --rerun" })
	public static final class Nightly extends JobCommand {

		@Option(names = "--rerun", description = "已完成的夜间作业再运行一次 (run a completed night again)")
		boolean rerun;

		public boolean rerun() {
			return this.rerun;
		}

	}

	@Command(name = "predict", mixinStandardHelpOptions = true,
			description = "每日预计：导入 → 预计每位医师的结果与下一步 → 各机构各步骤计数 (the daily prediction: import →"
					+ " each physician's predicted result and next step → counts per institution and step). 考核通道关闭前"
					+ "的结果都是预计 (before CLOSE every result is a prediction). 中断后以相同命令继续 (after a kill the same"
					+ " command continues).",
			footerHeading = "%n", footer = { "示例 (examples):", "  ./dingkao predict --date 2026-06-01",
					"  ./dingkao predict --cycle 2026R --date 2027-04-02 --input /data/inbox-2026R" })
	public static final class Predict extends JobCommand {

		@Option(names = "--rerun", description = "同一天已完成时再运行一次 (run a completed day again)")
		boolean rerun;

		public boolean rerun() {
			return this.rerun;
		}

	}

	@Command(name = "serve", mixinStandardHelpOptions = true,
			description = "网页与夜间计划任务 (the web application and the nightly schedule, Quartz).",
			footerHeading = "%n", footer = { "示例 (example):", "  ./dingkao serve --port 8080" })
	public static final class Serve extends JobCommand {

		@Option(names = "--port", paramLabel = "PORT", description = "HTTP 端口 (HTTP port). Default: 8080")
		Integer port;

		/** {@code --port}, when given (else {@code server.port}). */
		public Optional<Integer> port() {
			return Optional.ofNullable(this.port);
		}

	}

	@Command(name = "generate", mixinStandardHelpOptions = true,
			description = { "生成任意规模的输入数据，无需数据库 (writes a realistic input set of any size; needs no database).",
					"--cycle 2026R：按数据库中 2026 年度的裁定结果（不合格、顺延）生成再次考核的输入 (the re-assessment's inbox"
							+ " for the population of the database's 2026 results; --data or the mysql settings say which)." },
			footerHeading = "%n", footer = { "示例 (examples):",
					"  ./dingkao generate --physicians 50000 --seed 7 --out /tmp/in50k",
					"  ./dingkao generate --physicians 3000 --seed 7 --formats mixed --out /tmp/in2026",
					"  ./dingkao generate --cycle 2026R --seed 7 --formats mixed --data data --out /tmp/in2026R" })
	public static final class Generate implements ApplicationOptions {

		@Option(names = "--physicians", paramLabel = "N", defaultValue = "1000",
				description = "医师人数 (number of physicians). Default: ${DEFAULT-VALUE}")
		long physicians;

		@Option(names = "--seed", paramLabel = "S", defaultValue = "1",
				description = "随机种子，相同种子生成相同文件 (seed; the same seed gives the same files). Default: ${DEFAULT-VALUE}")
		long seed;

		@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
				description = "写入的文件夹 (folder to write to). Default: ${DEFAULT-VALUE}")
		Path out;

		@Option(names = "--cycle", paramLabel = "CODE", defaultValue = DEFAULT_CYCLE, converter = CycleConverter.class,
				description = "考核年度 (cycle code); 2026R 读取数据库 (reads the database). Default: ${DEFAULT-VALUE}")
		Cycle cycle;

		@Option(names = "--formats", paramLabel = "csv|mixed", defaultValue = "csv", converter = FormatsConverter.class,
				description = "csv：全部 UTF-8 CSV、英文表头 (all UTF-8 CSV, English headers); mixed：按种子混用 XLSX、GB18030、"
						+ "BOM、中文表头 (XLSX, GB18030, BOM and Chinese headers drawn from the seed). Default: ${DEFAULT-VALUE}")
		String formats;

		@Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
				description = "--cycle 2026R 时读取的嵌入式数据库文件夹 (embedded database read for --cycle 2026R)."
						+ " Default: ${DEFAULT-VALUE}")
		Path data;

		public long physicians() {
			return this.physicians;
		}

		public long seed() {
			return this.seed;
		}

		@Override
		public Path out() {
			return absolute(this.out);
		}

		@Override
		public Path data() {
			return absolute(this.data);
		}

		public Cycle cycle() {
			return this.cycle;
		}

		/** {@code --formats mixed}: each file's encoding, format and header language drawn from the seed. */
		public boolean mixed() {
			return "mixed".equals(this.formats);
		}

		/** Not in the folder it writes: that is an inbox, which holds the input files and nothing else. */
		@Override
		public Path logs() {
			return Path.of(System.getProperty("java.io.tmpdir"), "dingkao-logs");
		}

		/** A regular cycle's set needs no database; a re-assessment's inbox is made from the base cycle's results. */
		public boolean needsDatabase() {
			return this.cycle.reassessment();
		}

	}

	@Command(name = "help", description = "显示某个子命令的用法 (usage of a command).",
			footerHeading = "%n", footer = { "示例 (example):", "  ./dingkao help nightly" })
	public static final class Help {

		@Parameters(paramLabel = "COMMAND", arity = "0..1", description = "子命令 (command)")
		String command;

		Help() {
		}

		Help(String command) {
			this.command = command;
		}

		/** The command whose usage is asked for; empty for {@code dingkao} itself. */
		public Optional<String> command() {
			return Optional.ofNullable(this.command);
		}

	}

	static final class CycleConverter implements ITypeConverter<Cycle> {

		@Override
		public Cycle convert(String value) {
			try {
				return Cycle.of(value);
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException("--cycle: " + ex.getMessage());
			}
		}

	}

	/** {@code --formats}: csv or mixed, nothing else. */
	static final class FormatsConverter implements ITypeConverter<String> {

		@Override
		public String convert(String value) {
			return switch (value.trim()) {
				case "csv", "mixed" -> value.trim();
				default -> throw new TypeConversionException(
						"--formats 应为 csv 或 mixed (--formats must be csv or mixed): " + value);
			};
		}

	}

	static final class DateConverter implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			try {
				return LocalDate.parse(value.trim());
			}
			catch (DateTimeParseException ex) {
				throw new TypeConversionException(
						"--date 应为 yyyy-MM-dd 格式的日期 (--date must be a date yyyy-MM-dd): " + value);
			}
		}

	}

}
