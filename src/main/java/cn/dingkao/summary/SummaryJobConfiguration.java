package cn.dingkao.summary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

import cn.dingkao.batch.JobSteps;
import cn.dingkao.reconcile.ResultStandings;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.system.CycleCalendars;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code summary} job: one workbook per district with physicians in the results, plus the city's. The city's
 * workbook and the districts' are written side by side (two parts, {@link SummaryPartitioner}); in each part one
 * workbook per chunk, so a restart resumes at the first workbook not written.
 * Parameters: cycle, date (identifying), out (non-identifying).
 */
@Configuration(proxyBeanMethods = false)
class SummaryJobConfiguration {

	@Bean
	@StepScope
	SummaryAreaReader summaryAreaReader(SummaryMapper mapper, ResultStandings standings, CycleCalendars calendars,
			@Value("#{jobParameters['cycle']}") String cycle, @Value("#{jobParameters['date']}") LocalDate date,
			@Value("#{stepExecutionContext['" + SummaryPartitioner.PART + "']}") String part) {
		return new SummaryAreaReader(mapper, Cycle.of(cycle), date, SummaryPartitioner.CITY.equals(part),
				standing(standings, calendars, Cycle.of(cycle), date));
	}

	/**
	 * Issue 23: the workbooks are a prediction when they stand on CLOSE or earlier, or when the results they count
	 * come from a ruling that did; null (final) when the cycle has no timeline.
	 */
	static ResultStanding standing(ResultStandings standings, CycleCalendars calendars, Cycle cycle, LocalDate date) {
		return calendars.find(cycle).map(calendar -> {
			ResultStanding byDate = ResultStanding.of(calendar, date);
			return standings.of(cycle).filter(ResultStanding::predicted).orElse(byDate);
		}).orElse(null);
	}

	@Bean
	@StepScope
	SummaryWorkbookWriter summaryWorkbookWriter(ResultStandings standings, CycleCalendars calendars, SummaryBasis basisOf,
			SummaryOutputs outputs, @Value("#{jobParameters['cycle']}") String cycle,
			@Value("#{jobParameters['date']}") LocalDate date, @Value("#{jobParameters['out']}") String out,
			@Value("#{stepExecutionContext['" + SummaryPartitioner.BASIS + "']}") String basis) {
		ResultStanding standing = standing(standings, calendars, Cycle.of(cycle), date);
		// the basis the partitioner read for both parts; a part made by an earlier version reads it itself
		Supplier<String> basisSource = basis != null ? () -> basis : () -> basisOf.of(Cycle.of(cycle), standing);
		return new SummaryWorkbookWriter(Cycle.of(cycle), date, Path.of(out == null ? "out" : out), basisSource,
				outputs);
	}

	@Bean
	@StepScope
	SummaryPartitioner summaryPartitioner(ResultStandings standings, CycleCalendars calendars, SummaryBasis basisOf,
			@Value("#{jobParameters['cycle']}") String cycle, @Value("#{jobParameters['date']}") LocalDate date) {
		return new SummaryPartitioner(
				() -> basisOf.of(Cycle.of(cycle), standing(standings, calendars, Cycle.of(cycle), date)));
	}

	@Bean
	JobSteps summarySteps() {
		return SummaryStep.all();
	}

	/**
	 * The parts run as summary.workbooks:city and summary.workbooks:districts (the worker step bears the manager's
	 * name), so progress and the run pages show them as this step, with the part's label.
	 */
	@Bean
	Step summaryStep(JobRepository jobRepository, @Qualifier("summaryWorkbooksStep") Step summaryWorkbooksStep,
			SummaryPartitioner summaryPartitioner) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("summary-");
		executor.setConcurrencyLimit(2);
		return new StepBuilder(SummaryStep.WORKBOOKS.stepName(), jobRepository)
			.partitioner(SummaryStep.WORKBOOKS.stepName(), summaryPartitioner)
			.step(summaryWorkbooksStep)
			.gridSize(2)
			.taskExecutor(executor)
			.build();
	}

	@Bean
	Step summaryWorkbooksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SummaryAreaReader summaryAreaReader, SummaryWorkbookWriter summaryWorkbookWriter) {
		return new StepBuilder(SummaryStep.WORKBOOKS.stepName(), jobRepository).<SummaryWorkbook, SummaryWorkbook>chunk(1)
			.transactionManager(transactionManager)
			.reader(summaryAreaReader)
			.writer(summaryWorkbookWriter)
			.build();
	}

	@Bean
	Job summaryJob(JobRepository jobRepository, @Qualifier("summaryStep") Step summaryStep) {
		return new JobBuilder(SummaryStep.JOB, jobRepository).start(summaryStep).build();
	}

}
