package cn.dingkao.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Flag;

/**
 * Writes a complete, realistic input set (the six files of the spec, CSV UTF-8, English headers) for any number of
 * physicians. Deterministic: the same seed gives byte-identical files. Streaming: only the institutions are held in
 * memory (one per 150 physicians); physicians are written as they are made.
 */
final class InputSetGenerator {

	/** Share of extra broken rows per file: visible dirt, well below the refusal limit of 1 %. */
	static final double DIRT_RATE = 0.003;

	private final Cycle cycle;

	InputSetGenerator(Cycle cycle) {
		if (cycle.reassessment()) {
			throw new IllegalArgumentException("a regular cycle's input set: " + cycle);
		}
		this.cycle = cycle;
	}

	RowCounts generate(long physicians, long seed, Path folder) throws IOException {
		if (physicians < 1) {
			throw new IllegalArgumentException("--physicians 必须大于 0 (must be at least 1): " + physicians);
		}
		Files.createDirectories(folder);
		// separate streams so that dirt does not shift the realistic data and vice versa
		SplittableRandom root = new SplittableRandom(seed);
		SplittableRandom data = root.split();
		SplittableRandom dirt = root.split();
		List<Institution> medical = Institutions.medical((int) Math.min(Integer.MAX_VALUE, physicians), data);
		InputWriters out = new InputWriters(folder, dirt, DIRT_RATE);
		try (out) {
			List<Institution> all = new ArrayList<>(medical);
			all.add(Institutions.BEAUTY_ASSOCIATION);
			all.add(Institutions.HEALTH_ASSOCIATION);
			for (Institution institution : all) {
				out.write(InputFile.INSTITUTIONS, institution.orgCode(), institution.orgName(), institution.districtCode(),
						Flag.of(institution.examOrg()).name());
			}
			PhysicianWriter writer = new PhysicianWriter(out, data, medical, this.cycle, seed);
			for (long i = 0; i < physicians; i++) {
				writer.write(i);
			}
		}
		return RowCounts.of(out);
	}

}
