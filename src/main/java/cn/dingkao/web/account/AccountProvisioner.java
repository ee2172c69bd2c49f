package cn.dingkao.web.account;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the accounts of physicians (roster) and institutions that do not have one yet. Idempotent and
 * set-based; run at {@code serve} start-up and callable after an import. New accounts carry no hash: their
 * password is the initial rule, checked at login and replaced by a bcrypt hash at the forced first change
 * (bcrypt at provisioning would cost about 0.1 s per account, a day for a million physicians).
 */
@Service
public class AccountProvisioner {

	private static final Logger log = LoggerFactory.getLogger(AccountProvisioner.class);

	private final AccountMapper mapper;

	private final Clock clock;

	AccountProvisioner(AccountMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/** @return how many accounts were created */
	@Transactional
	public int provisionMissing() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		int institutions = this.mapper.insertMissingInstitutions(now);
		int physicians = this.mapper.insertMissingPhysicians(now);
		if (institutions + physicians > 0) {
			log.info("Provisioned {} institution and {} physician accounts", institutions, physicians);
		}
		return institutions + physicians;
	}

}
