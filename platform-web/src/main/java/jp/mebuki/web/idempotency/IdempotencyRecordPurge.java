package jp.mebuki.web.idempotency;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import jp.mebuki.core.idempotency.IdempotencyRecords;

/**
 * Keeps the idempotency records from growing without bound: a client retries within minutes, so a
 * record older than a day is forgotten. Runs on every node; the delete is idempotent itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyRecordPurge {

    static final Duration RETENTION = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyRecordPurge.class);

    private final IdempotencyRecords records;
    private final Clock clock;

    IdempotencyRecordPurge(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void purge() {
        int purged = records.purgeOlderThan(clock.instant().minus(RETENTION));
        if (purged > 0) {
            log.info("forgot {} idempotency records older than {}", purged, RETENTION);
        }
    }
}
