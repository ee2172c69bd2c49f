package cn.dingkao.web;

/**
 * A web action that the rules do not allow now (wrong phase, wrong state, invalid input).
 * The message is shown to the user as it is, so it is Chinese.
 */
public class ActionRefused extends RuntimeException {

	public ActionRefused(String message) {
		super(message);
	}

}
