package jp.mebuki.core.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the first response to each (user, Idempotency-Key). {@link #claim} and {@link #complete} must run
 * in the caller's transaction, the one that makes the change: if it rolls back, the key is free again.
 */
@Service
public class IdempotencyRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<StoredResponse> find(String owner, String key) {
        return jdbc.sql("""
                select fingerprint, response_status, response_body, response_location, created_at
                from idempotency_record where owner_name = :owner and idempotency_key = :key""")
                .param("owner", owner).param("key", key)
                .query((rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Takes the key for this transaction. A concurrent transaction with the same key waits on the primary
     * key until this one ends and then fails with a duplicate key (Spring's {@code DuplicateKeyException}).
     * The response is a placeholder (status 0) until {@link #complete}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(String owner, String key, String fingerprint) {
        jdbc.sql("""
                insert into idempotency_record (owner_name, idempotency_key, fingerprint, response_status, created_at)
                values (:owner, :key, :fingerprint, 0, :now)""")
                .param("owner", owner).param("key", key).param("fingerprint", fingerprint)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String owner, String key, int status, String body, String location) {
        jdbc.sql("""
                update idempotency_record set response_status = :status, response_body = :body,
                    response_location = :location
                where owner_name = :owner and idempotency_key = :key""")
                .param("owner", owner).param("key", key).param("status", status).param("body", body)
                .param("location", location)
                .update();
    }

    /** Forgets the responses older than the given instant; a retry that late would be a new request. */
    @Transactional
    public int purgeOlderThan(Instant instant) {
        return jdbc.sql("delete from idempotency_record where created_at < :instant")
                .param("instant", OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)).update();
    }
}
