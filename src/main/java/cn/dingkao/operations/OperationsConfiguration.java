package cn.dingkao.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import cn.dingkao.system.CycleCalendars;
import cn.dingkao.system.DingkaoProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Operations (docs/operations.md): the run in every log line of every command, Spring Batch's metrics for every job
 * and step; and, in {@code serve}, the pipeline's figures as metrics and the output folder for the disk-space check.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	@Bean
	RunLogContext runLogContext(ApplicationEventPublisher events) {
		return new RunLogContext(events);
	}

	@Bean
	static BatchInstrumentation batchInstrumentation(ObjectProvider<RunLogContext> logContext,
			ObjectProvider<ObservationRegistry> observations) {
		return new BatchInstrumentation(logContext, observations);
	}

	@Bean
	@ConditionalOnWebApplication
	OperationsMetrics operationsMetrics(OperationsMapper mapper, NightlyWatch nightly, CycleCalendars calendars,
			ObjectProvider<Job> jobs, MeterRegistry registry, OperationsProperties properties, DingkaoProperties folders) {
		// the disk-space health check measures the output folder: a folder not made yet would read as a full disk
		try {
			Files.createDirectories(folders.outDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法创建输出文件夹 (cannot create the output folder) " + folders.outDir(), ex);
		}
		return new OperationsMetrics(mapper, nightly, calendars, jobs, registry, properties);
	}

}
