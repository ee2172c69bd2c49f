package cn.dingkao.reconcile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.PhysicianRecord;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the physicians of one cert_no range (a re-assessment's population only) with their rows, in cert_no
 * order, a page at a time: the page's physicians (keyset: {@code cert_no > last}), then one range read per input
 * table for the same stretch of keys. The restart state is the cert_no of the last physician handed out, so a
 * restarted partition continues right after its last committed chunk. A run that rules only the physicians whose
 * records changed (issue 26, {@link RulingScope}) pages through its list in rule_todo instead, the same way.
 */
public class PhysicianCaseReader implements ItemStreamReader<PhysicianCase> {

	private static final String LAST_CERT_NO = "lastCertNo";

	private final RangeReads reads;

	private final CaseAssembler assembler;

	private final Cycle cycle;

	private final Population population;

	private final KeyRange partition;

	private final int pageSize;

	/** The ruling run whose rule_todo lists the physicians to rule (a CHANGED run), or null for everyone. */
	private final Long todoRun;

	private final RulingScope scope;

	private final Deque<PhysicianCase> buffer = new ArrayDeque<>();

	private String lastHandedOut = "";

	private String lastFetched = "";

	private boolean exhausted;

	PhysicianCaseReader(RangeReads reads, CaseAssembler assembler, Cycle cycle, KeyRange partition, int pageSize) {
		this(reads, assembler, cycle, partition, pageSize, null, null);
	}

	PhysicianCaseReader(RangeReads reads, CaseAssembler assembler, Cycle cycle, KeyRange partition, int pageSize,
			RulingScope scope, Long todoRun) {
		this.scope = scope;
		this.todoRun = todoRun;
		this.reads = reads;
		this.assembler = assembler;
		this.cycle = cycle;
		this.population = Population.of(cycle);
		this.partition = partition;
		this.pageSize = pageSize;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.lastHandedOut = executionContext.getString(LAST_CERT_NO, this.partition.after());
		this.lastFetched = this.lastHandedOut;
		this.buffer.clear();
		this.exhausted = false;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putString(LAST_CERT_NO, this.lastHandedOut);
	}

	@Override
	public PhysicianCase read() {
		// a page of rule_todo may name no physician of the roster (records of unknown cert_nos): read on
		while (this.buffer.isEmpty() && !this.exhausted) {
			fetchPage();
		}
		PhysicianCase next = this.buffer.poll();
		if (next != null) {
			this.lastHandedOut = next.physician().certNo();
		}
		return next;
	}

	private void fetchPage() {
		if (this.todoRun != null) {
			fetchListedPage();
			return;
		}
		KeyRange rest = new KeyRange(this.lastFetched, this.partition.through());
		List<PhysicianRecord> page = this.reads.physicianPage(rest, this.pageSize, this.population);
		if (page.size() < this.pageSize) {
			this.exhausted = true;
		}
		if (page.isEmpty()) {
			return;
		}
		// the page's stretch of keys: up to its last physician, or to the partition's end when it is the last page
		String through = this.exhausted ? this.partition.through() : page.get(page.size() - 1).certNo();
		this.buffer.addAll(this.assembler.assemble(this.cycle, page, new KeyRange(this.lastFetched, through)));
		this.lastFetched = page.get(page.size() - 1).certNo();
	}

	/** The next physicians listed in rule_todo, and their rows read by key. */
	private void fetchListedPage() {
		List<String> keys = this.scope.todo(this.todoRun, new KeyRange(this.lastFetched, this.partition.through()),
				this.pageSize);
		if (keys.size() < this.pageSize) {
			this.exhausted = true;
		}
		if (keys.isEmpty()) {
			return;
		}
		KeyRange listed = KeyRange.among(keys);
		List<PhysicianRecord> page = this.reads.physicianPage(listed, this.pageSize, this.population);
		this.buffer.addAll(this.assembler.assemble(this.cycle, page, listed));
		this.lastFetched = keys.get(keys.size() - 1);
	}

}
