package cn.dingkao.ingest.internal;

import java.time.LocalDateTime;

import cn.dingkao.ingest.ImportKind;

import org.springframework.stereotype.Component;

/**
 * Merges one staged file into its input table, applying the repeated-key rules; runs inside the merge
 * step's single transaction, so a failure leaves nothing half-merged.
 */
@Component
public class FileMerger {

	private final ImportMergeMapper mapper;

	private final EvaluationDuplicates evaluationDuplicates;

	FileMerger(ImportMergeMapper mapper, EvaluationDuplicates evaluationDuplicates) {
		this.mapper = mapper;
		this.evaluationDuplicates = evaluationDuplicates;
	}

	public void merge(ImportKind kind, long fileId) {
		LocalDateTime now = LocalDateTime.now();
		switch (kind) {
			case INSTITUTIONS -> this.mapper.mergeInstitutions(fileId, now);
			case ROSTER -> {
				this.mapper.mergePhysicians(fileId, now);
				this.mapper.deleteSitesOfFile(fileId);
				this.mapper.insertSitesOfFile(fileId);
			}
			case APPLICATIONS -> {
				this.mapper.recordDuplicateApplications(fileId, now);
				this.mapper.mergeApplications(fileId, now);
			}
			case EVALUATIONS -> {
				this.evaluationDuplicates.fold(fileId, now);
				this.mapper.recordEvaluationConflictsWithStored(fileId, now);
				this.mapper.mergeEvaluations(fileId, now);
			}
			case EXAM_ATTEMPTS -> this.mapper.mergeExamAttempts(fileId, now);
			case HIDDEN -> this.mapper.mergeHides(fileId, now);
		}
	}

}
