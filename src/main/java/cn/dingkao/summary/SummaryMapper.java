package cn.dingkao.summary;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** Aggregates are GROUP BY queries; the per-physician sheets stream through cursors. district null = the city. */
@Mapper
interface SummaryMapper {

	/** Districts with physicians in the results of the cycle: groupCode, groupName. */
	List<Counts> districts(@Param("cycle") int cycle);

	Counts total(@Param("cycle") int cycle, @Param("district") String district);

	List<Counts> byInstitution(@Param("cycle") int cycle, @Param("district") String district);

	/** The city's per-district lines; physicians with an unknown main org form the line 未知. */
	List<Counts> byDistrict(@Param("cycle") int cycle);

	List<Counts> bySpecialty(@Param("cycle") int cycle, @Param("district") String district);

	Cursor<ListedPhysician> listed(@Param("cycle") int cycle, @Param("district") String district);

	Cursor<ExceptionRow> exceptions(@Param("cycle") int cycle, @Param("district") String district);

}
