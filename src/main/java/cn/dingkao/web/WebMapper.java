package cn.dingkao.web;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The audit trail, shared by every web feature. */
@Mapper
public interface WebMapper {

	void insertAudit(AuditEvent event);

	List<AuditEvent> findAudit(@Param("district") String district, @Param("limit") int limit, @Param("offset") int offset);

	record AuditEvent(Long id, LocalDateTime occurredAt, String username, String role, String districtCode,
			String entity, String entityKey, String field, String oldValue, String newValue) {
	}

}
