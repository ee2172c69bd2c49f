package cn.dingkao.ingest.internal;

import java.time.LocalDateTime;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Set-based merge of one slice of a staged file (its lines whose leading key lies in (after, upTo]) into the
 * input tables (spec "Natural keys" and the repeated-key rules). Every statement is an
 * {@code INSERT … SELECT … ON DUPLICATE KEY UPDATE}, which H2 (MySQL mode) and MySQL/MariaDB both run; the
 * SELECT decides which line wins, so the update itself is unconditional.
 * "Is there a later line for this key" is a NOT EXISTS on the staging key index rather than a window
 * function: H2 sorts window partitions in memory, an index probe streams.
 */
@Mapper
public interface ImportMergeMapper {

	int mergeInstitutions(@Param("fileId") long fileId, @Param("after") String after, @Param("upTo") String upTo,
			@Param("now") LocalDateTime now);

	int mergePhysicians(@Param("fileId") long fileId, @Param("after") String after, @Param("upTo") String upTo,
			@Param("now") LocalDateTime now);

	int deleteSitesOfFile(@Param("fileId") long fileId, @Param("after") String after, @Param("upTo") String upTo);

	int insertSitesOfFile(@Param("fileId") long fileId, @Param("after") String after, @Param("upTo") String upTo);

	int recordDuplicateApplications(@Param("fileId") long fileId, @Param("after") String after,
			@Param("upTo") String upTo, @Param("now") LocalDateTime now);

	int mergeApplications(@Param("fileId") long fileId, @Param("after") String after, @Param("upTo") String upTo,
			@Param("now") LocalDateTime now);

	int recordEvaluationConflictsWithStored(@Param("fileId") long fileId, @Param("after") String after,
			@Param("upTo") String upTo, @Param("now") LocalDateTime now);

	int recordConflict(@Param("code") String code, @Param("certNo") String certNo, @Param("orgCode") String orgCode,
			@Param("cycle") Cycle cycle, @Param("detail") String detail, @Param("fileId") long fileId,
			@Param("now") LocalDateTime now);

	int mergeEvaluations(@Param("fileId") long fileId, @Param("after") String after, @Param("upTo") String upTo,
			@Param("now") LocalDateTime now);

	int mergeExamAttempts(@Param("fileId") long fileId, @Param("after") String after, @Param("upTo") String upTo,
			@Param("now") LocalDateTime now);

	int mergeHides(@Param("fileId") long fileId, @Param("after") String after, @Param("upTo") String upTo,
			@Param("now") LocalDateTime now);

}
