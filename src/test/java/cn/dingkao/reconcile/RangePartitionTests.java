package cn.dingkao.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.dingkao.batch.RunParameters;
import cn.dingkao.batch.StepCatalog;
import cn.dingkao.batch.StepProgress;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.testing.FunctionalTest;
import cn.dingkao.testing.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.batch.test.StepScopeTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ruling's partitions: ranges of cert_no that cover the roster once, each read by its own step-scoped reader
 * (run here in a step context of its own, {@link #partitionR011toR020()}), each naming its step and part for the
 * progress line and the run pages.
 */
@FunctionalTest
class RangePartitionTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReconcileMapper mapper;

	@Autowired
	PhysicianCaseReader ruleReader;

	@Autowired
	StepCatalog steps;

	@BeforeEach
	void roster() {
		Tables.empty(this.jdbc);
		RulingFixtures given = new RulingFixtures(this.jdbc).institution("ORG_DX_1", "北京市大兴区人民医院", "110115");
		for (int i = 0; i < 30; i++) {
			given.passing(String.format("R%03d", i), "ORG_DX_1");
		}
	}

	/** The step context the step-scoped reader runs in: the partition of R010 (exclusive) … R020. */
	static StepExecution partitionR011toR020() {
		JobParameters parameters = new JobParametersBuilder().addString(RunParameters.CYCLE, "2026").toJobParameters();
		ExecutionContext range = new ExecutionContext();
		range.putString(KeyRangePartitioner.AFTER, "R010");
		range.putString(KeyRangePartitioner.THROUGH, "R020");
		return MetaDataInstanceFactory.createStepExecution(parameters, range);
	}

	@Test
	@DisplayName("the step-scoped reader of a partition reads exactly its range of cert_no, each physician once")
	void readerReadsItsRange() throws Exception {
		List<String> read = StepScopeTestUtils.doInStepScope(partitionR011toR020(), () -> {
			List<String> certNos = new ArrayList<>();
			this.ruleReader.open(new ExecutionContext());
			for (PhysicianCase physician = this.ruleReader.read(); physician != null; physician = this.ruleReader.read()) {
				certNos.add(physician.physician().certNo());
			}
			this.ruleReader.close();
			return certNos;
		});
		assertThat(read).containsExactly("R011", "R012", "R013", "R014", "R015", "R016", "R017", "R018", "R019", "R020");
	}

	@Test
	@DisplayName("the partitions cover the roster once; each records its size and its label (第 n 段) for progress and the run pages")
	void partitionsCoverTheRoster() {
		Map<String, ExecutionContext> partitions = new KeyRangePartitioner(this.mapper, RuleStep.PHYSICIAN_RANGE).partition(4);
		assertThat(partitions).hasSize(4);
		long total = 0;
		int part = 1;
		for (ExecutionContext context : partitions.values()) {
			StepExecution worker = MetaDataInstanceFactory.createStepExecution("rule.physicianRange:range-" + part, 1L);
			worker.setExecutionContext(context);
			assertThat(this.steps.label(worker)).isEqualTo("认定：一段医师（第 " + part + " 段）");
			assertThat(this.steps.step(worker)).contains(RuleStep.PHYSICIAN_RANGE);
			long size = this.jdbc.queryForObject("SELECT COUNT(*) FROM physician WHERE cert_no > ?"
					+ (context.containsKey(KeyRangePartitioner.THROUGH) ? " AND cert_no <= ?" : ""), Long.class,
					context.containsKey(KeyRangePartitioner.THROUGH)
							? new Object[] { context.getString(KeyRangePartitioner.AFTER), context.getString(KeyRangePartitioner.THROUGH) }
							: new Object[] { context.getString(KeyRangePartitioner.AFTER) });
			assertThat(StepProgress.rowsTotal(context)).as("partition %d", part).isEqualTo(size);
			total += size;
			part++;
		}
		assertThat(total).isEqualTo(30);
	}

}
