package jp.mebuki.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.mebuki.core.shared.Actor;

@SpringBootTest
class AuditLogIT {

    private static final String SUBJECT = "AUDIT_LOG_IT";

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void writesATransactionsEntriesAtItsCommitInTheOrderTheyWereRecorded() {
        long subject = System.nanoTime();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            audit.record(Actor.user("pm.sato"), "FIRST", SUBJECT, subject, "one");
            audit.record(Actor.SYSTEM, "SECOND", SUBJECT, subject, null);
            audit.record(Actor.user("rev.ito"), "THIRD", SUBJECT, subject, "x".repeat(5000));
            assertThat(rows(subject)).as("gathered until the commit").isZero();
        });

        List<AuditEntry> trail = audit.trailOf(SUBJECT, subject);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("FIRST", "SECOND", "THIRD");
        assertThat(trail).extracting(AuditEntry::actor).containsExactly("pm.sato", "system", "rev.ito");
        assertThat(trail.get(1).detail()).isEmpty();
        assertThat(trail.get(2).detail()).hasSize(4000).endsWith("...");
    }

    @Test
    void aReadInTheSameTransactionSeesItsOwnEntriesAndNothingIsWrittenTwice() {
        long subject = System.nanoTime();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            audit.record(Actor.SYSTEM, "BEFORE_THE_READ", SUBJECT, subject, "");
            assertThat(audit.trailOf(SUBJECT, subject)).extracting(AuditEntry::action).containsExactly("BEFORE_THE_READ");
            audit.record(Actor.SYSTEM, "AFTER_THE_READ", SUBJECT, subject, "");
        });

        assertThat(audit.trailOf(SUBJECT, subject)).extracting(AuditEntry::action)
                .containsExactly("BEFORE_THE_READ", "AFTER_THE_READ");
    }

    @Test
    void writesNothingWhenTheTransactionRollsBack() {
        long subject = System.nanoTime();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            audit.record(Actor.SYSTEM, "ROLLED_BACK", SUBJECT, subject, "");
            status.setRollbackOnly();
        });

        assertThat(rows(subject)).isZero();
    }

    private long rows(long subject) {
        return jdbc.sql("select count(*) from audit_entry where subject_type = ? and subject_id = ?")
                .params(SUBJECT, subject).query(Long.class).single();
    }
}
