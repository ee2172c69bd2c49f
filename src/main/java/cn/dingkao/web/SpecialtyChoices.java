package cn.dingkao.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.dingkao.ruling.CodeList;
import cn.dingkao.ruling.CatalogEntry;
import cn.dingkao.ruling.SpecialtyCatalog;

import org.springframework.stereotype.Component;

/**
 * The specialty catalog (附件2, table specialty_catalog) as the web pages use it. Every rule is the ruling's
 * {@link SpecialtyCatalog}: what a physician may choose, whether a chosen specialty is within the scopes
 * (the same test as the ruling's SPECIALTY_NOT_IN_SCOPE warning), which associations test the scopes.
 */
@Component
public class SpecialtyChoices {

	private final WebMapper mapper;

	SpecialtyChoices(WebMapper mapper) {
		this.mapper = mapper;
	}

	/** The physician's 执业范围 as stored in the roster ({@code ;}-separated, the full-width {@code ；} too). */
	public static List<String> scopes(String practiceScopes) {
		return CodeList.split(practiceScopes);
	}

	/** 报考专业 choices: the catalog's exam specialties for the scopes; an association's only when delegated to it. */
	public List<String> choices(List<String> scopes, String delegatedBoard) {
		Set<String> boards = new LinkedHashSet<>(List.of(CatalogEntry.MUNICIPAL));
		if (delegatedBoard != null) {
			boards.add(delegatedBoard);
		}
		return catalog().choicesFor(scopes, boards);
	}

	/** The associations (委托协会) whose catalog rows cover one of the scopes (附件2 注2). */
	public Set<String> associationsFor(List<String> scopes) {
		Set<String> boards = new LinkedHashSet<>(catalog().boardsFor(scopes));
		boards.remove(CatalogEntry.MUNICIPAL);
		return boards;
	}

	/** Every association of the catalog, in catalog order. */
	public Set<String> associations() {
		Set<String> boards = new LinkedHashSet<>();
		for (CatalogEntry entry : catalog().entries()) {
			boards.add(entry.board());
		}
		boards.remove(CatalogEntry.MUNICIPAL);
		return boards;
	}

	/**
	 * The catalog as it is now: a few dozen rows, read per use, so a catalog corrected by a migration is in effect
	 * at once. A page that checks many physicians reads it once and asks it each time.
	 */
	public SpecialtyCatalog catalog() {
		return new SpecialtyCatalog(this.mapper.catalog());
	}

}
