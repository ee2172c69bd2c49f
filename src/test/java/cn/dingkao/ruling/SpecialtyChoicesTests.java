package cn.dingkao.ruling;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the web offers as 报考专业 and to which associations it delegates, from 附件2 (reference/specialty-catalog.csv). */
@DisplayName("附件2: the choices of 报考专业 and the boards of a physician's scopes")
class SpecialtyChoicesTests {

	private final SpecialtyCatalog catalog = CaseBuilder.CATALOG;

	private static final Set<String> MUNICIPAL = Set.of(CatalogEntry.MUNICIPAL);

	@Test
	@DisplayName("附件2: a scope offers its rows' exam specialties, never the scope name when it has rows (全科医学科专业 → 全科医学专业 only)")
	void examSpecialtiesOnly() {
		assertThat(this.catalog.choicesFor(List.of("全科医学科专业"), MUNICIPAL)).containsExactly("全科医学专业");
		assertThat(this.catalog.choicesFor(List.of("医学影像和放射治疗专业"), MUNICIPAL)).containsExactly("放射诊断专业",
				"核医学专业", "放射治疗专业", "超声诊断专业", "介入放射学专业");
	}

	@Test
	@DisplayName("附件2 注2: an association's specialties only for a physician delegated to it")
	void associationOnlyWhenDelegated() {
		assertThat(this.catalog.choicesFor(List.of("外科专业"), MUNICIPAL)).doesNotContain("美容外科专业").contains("骨科专业");
		assertThat(this.catalog.choicesFor(List.of("外科专业"), Set.of(CatalogEntry.MUNICIPAL, "北京医疗整形美容业协会")))
			.contains("美容外科专业", "骨科专业");
	}

	@Test
	@DisplayName("附件2 注1, 注3: several scopes offer the specialties of each; a scope without any row offers itself")
	void severalScopesAndOther() {
		assertThat(this.catalog.choicesFor(List.of("口腔专业", "未列入目录专业"), MUNICIPAL)).containsExactly("口腔专业",
				"未列入目录专业");
		for (String choice : this.catalog.choicesFor(List.of("内科专业", "中医专业"), MUNICIPAL)) {
			assertThat(this.catalog.allows(List.of("内科专业", "中医专业"), choice)).as(choice).isTrue();
		}
	}

	@Test
	@DisplayName("附件2 注2: the boards of a scope — a 全科 physician has no association, a 外科 physician two")
	void boardsOfScopes() {
		assertThat(this.catalog.boardsFor(List.of("全科医学科专业"))).containsExactly(CatalogEntry.MUNICIPAL);
		assertThat(this.catalog.boardsFor(List.of("外科专业"))).containsExactlyInAnyOrder(CatalogEntry.MUNICIPAL,
				"北京医疗整形美容业协会", "北京健康管理协会");
	}

}
