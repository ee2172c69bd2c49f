package cn.dingkao.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Flag;

/**
 * Writes a complete, realistic input set of a regular cycle (the six files of the spec) for any number of physicians.
 * Deterministic: the same seed gives byte-identical files. Streaming: only the institutions are held in memory (one
 * per 150 physicians); physicians are written as they are made. A set can also hold any subset of its physicians
 * (property tests: the same physician, with or without the others).
 */
public final class InputSetGenerator {

	/** Share of extra broken rows per file: visible dirt, well below the refusal limit of 1 %. */
	static final double DIRT_RATE = 0.003;

	private final Cycle cycle;

	public InputSetGenerator(Cycle cycle) {
		if (cycle.reassessment()) {
			throw new IllegalArgumentException("a regular cycle's input set: " + cycle);
		}
		this.cycle = cycle;
	}

	RowCounts generate(long physicians, long seed, Path folder) throws IOException {
		return generate(physicians, seed, folder, false);
	}

	/** All {@code physicians} of the set; {@code mixed}: files in mixed formats ({@link FileFormat#mixed}). */
	public RowCounts generate(long physicians, long seed, Path folder, boolean mixed) throws IOException {
		return generate(physicians, LongStream.range(0, physicians).toArray(), seed, folder, mixed);
	}

	/**
	 * The physicians of the given indices of a set of {@code physicians} (its institutions are those of the whole
	 * set; each physician is the same as in the whole set).
	 */
	public RowCounts generate(long physicians, long[] indices, long seed, Path folder, boolean mixed)
			throws IOException {
		if (physicians < 1) {
			throw new IllegalArgumentException("--physicians 必须大于 0 (must be at least 1): " + physicians);
		}
		Files.createDirectories(folder);
		// separate streams so that dirt and formats do not shift the realistic data and vice versa
		SplittableRandom root = new SplittableRandom(seed);
		SplittableRandom data = root.split();
		SplittableRandom dirt = root.split();
		Map<InputFile, FileFormat> formats = mixed ? FileFormat.mixed(root.split(), physicians) : FileFormat.plain();
		List<Institution> medical = Institutions.medical((int) Math.min(Integer.MAX_VALUE, physicians), data);
		InputWriters out = new InputWriters(folder, dirt, DIRT_RATE, formats);
		try (out) {
			List<Institution> all = new ArrayList<>(medical);
			all.add(Institutions.BEAUTY_ASSOCIATION);
			all.add(Institutions.HEALTH_ASSOCIATION);
			for (Institution institution : all) {
				out.write(InputFile.INSTITUTIONS, institution.orgCode(), institution.orgName(), institution.districtCode(),
						Flag.of(institution.examOrg()).name());
			}
			PhysicianWriter writer = new PhysicianWriter(out, medical, this.cycle, seed);
			for (long index : indices) {
				writer.write(index);
			}
		}
		return RowCounts.of(out);
	}

}
