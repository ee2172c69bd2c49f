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
 * Streams one district's physicians with their rows, in cert_no order, a page at a time (keyset paging:
 * {@code cert_no > last}). The restart state is the cert_no of the last physician handed out, so a
 * restarted partition continues right after its last committed chunk.
 */
class PhysicianCaseReader implements ItemStreamReader<PhysicianCase> {

	private static final String LAST_CERT_NO = "lastCertNo";

	private final ReconcileMapper mapper;

	private final CaseAssembler assembler;

	private final String district;

	private final Cycle cycle;

	private final int pageSize;

	private final Deque<PhysicianCase> buffer = new ArrayDeque<>();

	private String lastHandedOut = "";

	private String lastFetched = "";

	private boolean exhausted;

	PhysicianCaseReader(ReconcileMapper mapper, CaseAssembler assembler, String district, Cycle cycle, int pageSize) {
		this.mapper = mapper;
		this.assembler = assembler;
		this.district = district;
		this.cycle = cycle;
		this.pageSize = pageSize;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.lastHandedOut = executionContext.getString(LAST_CERT_NO, "");
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
		if (this.buffer.isEmpty() && !this.exhausted) {
			fetchPage();
		}
		PhysicianCase next = this.buffer.poll();
		if (next != null) {
			this.lastHandedOut = next.physician().certNo();
		}
		return next;
	}

	private void fetchPage() {
		List<PhysicianRecord> page = this.mapper.physicianPage(this.district, this.lastFetched, this.pageSize);
		if (page.size() < this.pageSize) {
			this.exhausted = true;
		}
		if (!page.isEmpty()) {
			this.lastFetched = page.get(page.size() - 1).certNo();
			this.buffer.addAll(this.assembler.assemble(this.cycle, page));
		}
	}

}
