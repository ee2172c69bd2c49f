package cn.dingkao.reconcile;

import java.util.List;
import java.util.Optional;

import cn.dingkao.batch.JobStep;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.PhysicianRecord;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.stereotype.Component;

/**
 * The ruling's reads for whoever else rules on the same records (the daily prediction, issue 23): the cert_no
 * ranges that partition the roster, the restartable reader of one range (a re-assessment's population only), one
 * physician's case, and the population itself — so a prediction reads exactly what the ruling reads, through the
 * same range reads and case assembly.
 */
@Component
public class CaseReads {

	/** The step-execution-context keys of a partition's range (see {@link #partitioner()}). */
	public static final String AFTER = KeyRangePartitioner.AFTER;

	public static final String THROUGH = KeyRangePartitioner.THROUGH;

	private final RangeReads reads;

	private final CaseAssembler assembler;

	private final ReconcileMapper mapper;

	CaseReads(RangeReads reads, CaseAssembler assembler, ReconcileMapper mapper) {
		this.reads = reads;
		this.assembler = assembler;
		this.mapper = mapper;
	}

	/** Ranges of cert_no of about equal size, one per partition of {@code worker}, as the ruling's partitions. */
	public Partitioner partitioner(JobStep worker) {
		return new KeyRangePartitioner(this.mapper, worker);
	}

	/**
	 * The cases of the physicians in {@code after < cert_no <= through} in cert_no order, a page at a time; its
	 * restart state is the last cert_no handed out.
	 */
	public PhysicianCaseReader reader(Cycle cycle, String after, String through, int pageSize) {
		return new PhysicianCaseReader(this.reads, this.assembler, cycle, new KeyRange(after, through), pageSize);
	}

	/** One physician's case; empty when not in the roster, or outside a re-assessment's population. */
	public Optional<PhysicianCase> caseOf(Cycle cycle, String certNo) {
		List<PhysicianRecord> physician = this.reads.physicianPage(KeyRange.only(certNo), 1, Population.of(cycle));
		return physician.isEmpty() ? Optional.empty()
				: Optional.of(this.assembler.assemble(cycle, physician.get(0)));
	}

	/** As at the start of a ruling: the physicians' districts follow their main org's (set-based, changed rows only). */
	public void refreshPhysicianDistricts() {
		this.mapper.refreshPhysicianDistricts();
	}

	/**
	 * As at the start of a ruling: an import left half merged must be finished first — ruling (or predicting) on part
	 * of a file would decide physicians on inputs nobody delivered as such.
	 *
	 * @throws IllegalStateException naming the files
	 */
	public void requireNoHalfMergedImport() {
		List<String> halfMerged = this.mapper.halfMergedImports();
		if (!halfMerged.isEmpty()) {
			throw new IllegalStateException("导入未完成：" + String.join("、", halfMerged)
					+ " 只合并了一部分，请先再次运行导入 (./dingkao import) 完成它 (an interrupted import left "
					+ halfMerged + " half merged; run the import again to finish it)");
		}
	}

	/** Who the cycle rules: null for a regular cycle (everyone of the roster). */
	public Population population(Cycle cycle) {
		return Population.of(cycle);
	}

	/**
	 * Spec "The re-assessment": nobody can be ruled (or predicted) in a re-assessment before its base cycle has
	 * results; refused with what to do.
	 *
	 * @throws IllegalStateException naming the cycle to rule first
	 */
	public void requireBaseResults(Cycle cycle) {
		if (cycle.reassessment() && this.mapper.countResults(cycle.base()) == 0) {
			throw new IllegalStateException(cycle.base().title() + "尚无裁定结果，不能进行" + cycle.title() + "的裁定：请先运行 "
					+ cycle.base() + " 年度的裁定（./dingkao rule --cycle " + cycle.base() + "） (cycle " + cycle.base()
					+ " has no results yet, so there is nobody to re-assess in " + cycle + "; rule cycle " + cycle.base()
					+ " first)");
		}
	}

}
