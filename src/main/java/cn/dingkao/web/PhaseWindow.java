package cn.dingkao.web;

/**
 * Whether an action may be taken today and, when not, a sentence saying when it could be (its phase and dates) or
 * why never again (the channel closed). A page shows an action only when it is {@link #open()}; otherwise it shows
 * the {@link #hint()} where the action would be, so nobody meets a grey button or a refusal after typing.
 */
public record PhaseWindow(boolean open, String hint) {

	public static PhaseWindow opened() {
		return new PhaseWindow(true, "");
	}

	public static PhaseWindow closed(String hint) {
		return new PhaseWindow(false, hint);
	}

}
