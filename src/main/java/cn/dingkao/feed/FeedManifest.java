package cn.dingkao.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifest beside a feed file (spec "Registry feed"): file, rows (data rows, not the header), sha256, cycle,
 * sequence, mode, generated_at — written by Jackson in this order. {@code cycle} is a number for a regular cycle
 * (as the registry has always received it) and the code for a re-assessment ({@code "2026R"}).
 */
record FeedManifest(String file, long rows, String sha256, Object cycle, int sequence, String mode,
		@JsonProperty("generated_at") String generatedAt) {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	static FeedManifest of(FeedDelivery delivery) {
		Object cycle = delivery.cycle().reassessment() ? delivery.cycle().code() : delivery.cycle().year();
		return new FeedManifest(delivery.getFileName(), delivery.getRowCount(), delivery.getSha256(), cycle,
				delivery.getSeqNo(), delivery.getFeedMode().name(),
				delivery.getGeneratedAt().atZone(FeedFiles.BEIJING).toOffsetDateTime().toString());
	}

	String toJson() {
		return JSON.writeValueAsString(this) + "\n";
	}

}
