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

	/** The newest changes first that pass the filter, with the names of who made them and whom they concern. */
	List<AuditEntry> findAudit(@Param("f") AuditFilter filter);

	/** The role of an account (PHYSICIAN, INSTITUTION, DISTRICT, CITY), or null for none. */
	String accountRole(@Param("username") String username);

	/**
	 * The name of an account as people know it: the physician's name, the institution's name, the district of a
	 * district office (北京市 for the city's); null for an account the database does not know.
	 */
	String accountName(@Param("username") String username);

	/** The specialty catalog (附件2) in file order. */
	List<CatalogEntry> catalog();

	/** One change as written: {@code certNo} and {@code orgCode} name the physician and institution it concerns. */
	record AuditEvent(Long id, LocalDateTime occurredAt, String username, Role role, String districtCode,
			String entity, String entityKey, String field, String oldValue, String newValue, String certNo,
			String orgCode) {
	}

	/**
	 * One change as the audit page reads it: the event, the name of the account that made it ({@code actorName}: a
	 * physician's or institution's name, an office's district), and the names of the physician and institution it
	 * concerns.
	 */
	record AuditEntry(Long id, LocalDateTime occurredAt, String username, Role role, String districtCode,
			String entity, String entityKey, String field, String oldValue, String newValue, String certNo,
			String orgCode, String actorName, String physicianName, String orgName) {
	}

}
