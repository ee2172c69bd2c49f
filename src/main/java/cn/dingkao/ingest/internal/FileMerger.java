package cn.dingkao.ingest.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.dingkao.ingest.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Merges a staged file into its input table slice by slice, applying the repeated-key rules. Each slice
 * runs in the merge step's transaction of the moment, so a failure leaves whole slices merged or not.
 */
@Component
public class FileMerger {

	private final ImportMergeMapper mapper;

	private final EvaluationDuplicates evaluationDuplicates;

	private final Clock clock;

	FileMerger(ImportMergeMapper mapper, EvaluationDuplicates evaluationDuplicates, Clock clock) {
		this.mapper = mapper;
		this.evaluationDuplicates = evaluationDuplicates;
		this.clock = clock;
	}

	/** What needs the whole file at once, before its first slice: repeated evaluation lines are folded. */
	public void prepare(ImportKind kind, long fileId) {
		if (kind == ImportKind.EVALUATIONS) {
			this.evaluationDuplicates.fold(fileId, LocalDateTime.now(this.clock));
		}
	}

	public void merge(ImportKind kind, long fileId, Slice slice) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		String after = slice.after();
		String upTo = slice.upTo();
		switch (kind) {
			case INSTITUTIONS -> this.mapper.mergeInstitutions(fileId, after, upTo, now);
			case ROSTER -> {
				this.mapper.mergePhysicians(fileId, after, upTo, now);
				this.mapper.deleteSitesOfFile(fileId, after, upTo);
				this.mapper.insertSitesOfFile(fileId, after, upTo);
			}
			case APPLICATIONS -> {
				this.mapper.recordDuplicateApplications(fileId, after, upTo, now);
				this.mapper.mergeApplications(fileId, after, upTo, now);
			}
			case EVALUATIONS -> {
				this.mapper.recordEvaluationConflictsWithStored(fileId, after, upTo, now);
				this.evaluationDuplicates.foldTiesWithStored(fileId, after, upTo);
				this.mapper.mergeEvaluations(fileId, after, upTo, now);
			}
			case EXAM_ATTEMPTS -> this.mapper.mergeExamAttempts(fileId, after, upTo, now);
			case HIDDEN -> this.mapper.mergeHides(fileId, after, upTo, now);
		}
	}

}
