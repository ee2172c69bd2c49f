package cn.dingkao.summary;

import java.util.List;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/**
 * Aggregates are GROUP BY queries over the whole cycle, read once for all workbooks ({@link AreaCounts}); the
 * per-physician sheets stream through cursors. district null = the city.
 */
@Mapper
interface SummaryMapper {

	/** Districts with physicians in the results of the cycle: groupCode, groupName. */
	List<Counts> districts(@Param("cycle") Cycle cycle);

	/** Institutions with their district (null for an unknown main org), by district then org code. */
	List<Counts> byInstitution(@Param("cycle") Cycle cycle);

	/** The city's specialties. */
	List<Counts> bySpecialty(@Param("cycle") Cycle cycle);

	/** Every district's specialties (districtCode, groupCode), by district then specialty. */
	List<Counts> byDistrictAndSpecialty(@Param("cycle") Cycle cycle);

	Cursor<ListedPhysician> listed(@Param("cycle") Cycle cycle, @Param("district") String district);

	/** Exceptions of the area; only those of {@code codes} unless null. */
	long countExceptions(@Param("cycle") Cycle cycle, @Param("district") String district,
			@Param("codes") List<String> codes);

	/** Exceptions, those with a code of {@code errorCodes} (错误) first, then by district and institution. */
	Cursor<ExceptionRow> exceptions(@Param("cycle") Cycle cycle, @Param("district") String district,
			@Param("errorCodes") List<String> errorCodes);

}
