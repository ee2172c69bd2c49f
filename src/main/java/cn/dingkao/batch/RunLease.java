package cn.dingkao.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The right to run a batch job on this database, held by a live process only — so that a run left STARTED
 * by a killed process is recognised at once by the next start, with no timer.
 * <ul>
 * <li>MySQL/MariaDB: {@code GET_LOCK} on a connection held for the whole run. The server releases it the moment
 * that connection ends, which a killed process's does (its socket closes), so whoever gets the lock knows no
 * other process is inside a job.</li>
 * <li>H2 (embedded): the database file is locked by the process that opened it, so no other process can be
 * inside; within this process, a set of the databases whose lease is held keeps a second thread (the web page
 * and the schedule in {@code serve}) out.</li>
 * </ul>
 * One lease per database for all jobs: two jobs at once (a night and an import) would race on the same inputs.
 * Table {@code job_lease} names the holder (host, pid, job) for the refusal message; it is not the lock.
 */
@Component
public class RunLease {

	private static final Set<String> HELD_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	public RunLease(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The lease for running {@code jobName}, or empty when a live process (or thread) holds it. */
	public Optional<Held> tryAcquire(String jobName) {
		return tryAcquire("batch", jobName);
	}

	/**
	 * Another lease of the same kind, named {@code lease}, for work that one node at a time must do besides the
	 * batch jobs (the SMS sender: {@code outbox}); {@code holder} names it in job_lease.
	 */
	public Optional<Held> tryAcquire(String lease, String holder) {
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			DatabaseMetaData meta = connection.getMetaData();
			String key = meta.getURL() + "#" + lease;
			boolean mysql = !meta.getDatabaseProductName().toUpperCase().contains("H2");
			String lockName = lockName(connection, mysql, lease);
			if (!HELD_IN_THIS_PROCESS.add(key)) {
				connection.close();
				return Optional.empty();
			}
			if (mysql && !getLock(connection, lockName)) {
				HELD_IN_THIS_PROCESS.remove(key);
				connection.close();
				return Optional.empty();
			}
			if (!mysql) {
				// the file lock is the lease on H2: nothing needs to stay open
				connection.close();
				connection = null;
			}
			Held held = new Held(key, lockName, connection);
			record(lockName, holder);
			return Optional.of(held);
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new DataAccessResourceFailureException("无法取得作业运行锁 (cannot take the job lease): " + ex.getMessage(),
					ex);
		}
	}

	/** Who holds the lease, as recorded by the holder: "host pid 123 (nightly) since …", or empty. */
	public Optional<String> holder() {
		try {
			return this.jdbc
				.query("select host, pid, job_name, acquired_at from job_lease where lock_name like 'dingkao.batch%' "
						+ "order by acquired_at desc",
						(rs, i) -> rs.getString(3) + "，主机 (host) " + rs.getString(1) + " pid " + rs.getLong(2) + "，"
								+ rs.getTimestamp(4).toLocalDateTime().withNano(0) + " 起 (since)")
				.stream()
				.findFirst();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private void record(String lockName, String jobName) {
		this.jdbc.update("delete from job_lease where lock_name = ?", lockName);
		this.jdbc.update("insert into job_lease (lock_name, host, pid, job_name, acquired_at) values (?, ?, ?, ?, ?)",
				lockName, hostName(), ProcessHandle.current().pid(), jobName, Timestamp.valueOf(LocalDateTime.now()));
	}

	private static String lockName(Connection connection, boolean mysql, String lease) throws SQLException {
		if (!mysql) {
			return "dingkao." + lease;
		}
		// GET_LOCK names are server-wide: one lease per database, so other databases on the server run freely
		try (PreparedStatement statement = connection.prepareStatement("select database()");
				ResultSet rs = statement.executeQuery()) {
			rs.next();
			String name = "dingkao." + lease + "." + rs.getString(1);
			return name.length() > 64 ? name.substring(0, 64) : name;
		}
	}

	private static boolean getLock(Connection connection, String lockName) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select get_lock(?, 0)")) {
			statement.setString(1, lockName);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getInt(1) == 1;
			}
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// the connection is gone; so is its lock
			}
		}
	}

	/** A held lease; closing it releases it. */
	public final class Held implements AutoCloseable {

		/**
		 * Whether the lease is still this process's: on MySQL its connection may have been cut (server restart,
		 * network), which releases the lock without telling anyone. A holder that works for long asks before each
		 * round of work.
		 */
		public boolean stillHeld() {
			if (this.connection == null) {
				return true;
			}
			try (PreparedStatement statement = this.connection.prepareStatement("select is_used_lock(?) = connection_id()")) {
				statement.setString(1, this.lockName);
				try (ResultSet rs = statement.executeQuery()) {
					return rs.next() && rs.getInt(1) == 1;
				}
			}
			catch (SQLException ex) {
				return false;
			}
		}

		private final String key;

		private final String lockName;

		private final Connection connection;

		private Held(String key, String lockName, Connection connection) {
			this.key = key;
			this.lockName = lockName;
			this.connection = connection;
		}

		@Override
		public void close() {
			try {
				RunLease.this.jdbc.update("delete from job_lease where lock_name = ?", this.lockName);
			}
			catch (RuntimeException ex) {
				// the row only names the holder; a stale one is replaced by the next holder
			}
			if (this.connection != null) {
				try (PreparedStatement statement = this.connection.prepareStatement("select release_lock(?)")) {
					statement.setString(1, this.lockName);
					statement.execute();
				}
				catch (SQLException ex) {
					// closing the connection below releases it as well
				}
				closeQuietly(this.connection);
			}
			HELD_IN_THIS_PROCESS.remove(this.key);
		}

	}

}
