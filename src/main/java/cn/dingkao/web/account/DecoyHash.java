package cn.dingkao.web.account;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A hash of nothing in particular by one encoder, checked when there is no real hash to check, so that an answer
 * takes the same time whether an account, a password or a code exists or not. Made at its first use, not at
 * start-up: a batch command starts this context too and never checks anything.
 */
final class DecoyHash {

	private final PasswordEncoder encoder;

	private volatile String hash;

	DecoyHash(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	String get() {
		String value = this.hash;
		if (value == null) {
			value = this.encoder.encode("decoy-" + System.nanoTime());
			this.hash = value;
		}
		return value;
	}

}
