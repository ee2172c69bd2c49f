package cn.dingkao.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Cycle phases and the audit trail, shared by every web feature. */
@Mapper
public interface WebMapper {

	PhaseDates findPhase(@Param("cycle") int cycle, @Param("phase") String phase);

	void insertAudit(AuditEvent event);

	List<AuditEvent> findAudit(@Param("district") String district, @Param("limit") int limit, @Param("offset") int offset);

	record PhaseDates(LocalDate startsOn, LocalDate endsOn) {
	}

	record AuditEvent(Long id, LocalDateTime occurredAt, String username, String role, String districtCode,
			String entity, String entityKey, String field, String oldValue, String newValue) {
	}

}
