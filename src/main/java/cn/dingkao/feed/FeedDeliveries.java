package cn.dingkao.feed;

import java.util.List;
import java.util.Optional;

import cn.dingkao.ruling.Cycle;

import org.springframework.stereotype.Service;

/** The deliveries made so far (for the command line). */
@Service
public class FeedDeliveries {

	private final FeedMapper mapper;

	FeedDeliveries(FeedMapper mapper) {
		this.mapper = mapper;
	}

	public Optional<FeedDelivery> byJobInstance(long jobInstanceId) {
		return Optional.ofNullable(this.mapper.findByJobInstance(jobInstanceId));
	}

	public List<FeedDelivery> ofCycle(Cycle cycle) {
		return this.mapper.findByCycle(cycle);
	}

}
