package cn.dingkao.system;

import java.time.LocalDate;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Phase;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads the timelines of table {@code cycle_phase}. */
@Mapper
interface CalendarMapper {

	record PhaseRow(Cycle cycle, Phase phase, LocalDate startsOn, LocalDate endsOn) {
	}

	List<PhaseRow> phases(@Param("cycle") Cycle cycle);

	List<PhaseRow> allPhases();

}
