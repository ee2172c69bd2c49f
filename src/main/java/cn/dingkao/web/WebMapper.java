package cn.dingkao.web;

import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.ruling.CatalogEntry;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Cycle phases, the audit trail and the specialty catalog, shared by every web feature. */
@Mapper
public interface WebMapper {

	void insertAudit(AuditEvent event);

	/** The newest changes first, those older than {@code before} (an id; null = from the newest). */
	List<AuditEvent> findAudit(@Param("district") String district, @Param("before") Long before,
			@Param("limit") int limit);

	/** The specialty catalog (附件2) in file order. */
	List<CatalogEntry> catalog();

	record AuditEvent(Long id, LocalDateTime occurredAt, String username, Role role, String districtCode,
			String entity, String entityKey, String field, String oldValue, String newValue) {
	}

}
