package jp.mebuki.core.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jp.mebuki.core.user.UserId;

/**
 * How many open review assignments (ASSIGNED or ACCEPTED) each reviewer holds: table
 * {@code reviewer_workload} (Flyway V10), one row per reviewer, so that {@link ReviewerSelector} ranks by
 * load with one small read instead of counting every open assignment of the platform on each selection.
 * <p>
 * {@link ReviewService} reports every change of an assignment's openness here. The changes of one
 * transaction are added up and written just before it commits, in reviewer-id order: the counter rows are
 * locked only for the last moment of the transaction, and two transactions always lock them in the same
 * order, so concurrent screenings neither wait long for each other nor deadlock. A rolled-back
 * transaction writes nothing. Reads see the committed counts plus the current transaction's own changes.
 * (Not {@code select … for update} of the reviewer's user row to create a first counter row: on PostgreSQL
 * that waits for the key-share locks that every concurrent assignment insert takes on the user row through
 * its foreign key, and deadlocks.)
 */
@Component
class ReviewerWorkload {

    private final JdbcClient jdbc;

    ReviewerWorkload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reviewer holds {@code delta} more (or, negative, fewer) open assignments once this transaction commits. */
    void change(UserId reviewer, int delta) {
        if (delta == 0) {
            return;
        }
        Map<Long, Integer> pending = pending(true);
        if (pending == null) {
            // no transaction to wait for (ReviewService always has one): write at once
            write(Map.of(reviewer.value(), delta));
            return;
        }
        pending.merge(reviewer.value(), delta, Integer::sum);
    }

    /** Open assignments per reviewer id (reviewers without any are absent), this transaction's changes included. */
    Map<Long, Integer> openAssignments() {
        Map<Long, Integer> open = new HashMap<>();
        jdbc.sql("select reviewer_id, open_assignments from reviewer_workload where open_assignments <> 0")
                .query((row, n) -> Map.entry(row.getLong("reviewer_id"), row.getInt("open_assignments"))).list()
                .forEach(entry -> open.put(entry.getKey(), entry.getValue()));
        Map<Long, Integer> pending = pending(false);
        if (pending != null) {
            pending.forEach((reviewer, delta) -> open.merge(reviewer, delta, Integer::sum));
        }
        return open;
    }

    /** Writes one transaction's changes: first any missing counter rows, then the counters in id order. */
    private void write(Map<Long, Integer> changes) {
        List<Long> reviewers = changes.entrySet().stream().filter(change -> change.getValue() != 0)
                .map(Map.Entry::getKey).sorted().toList();
        if (reviewers.isEmpty()) {
            return;
        }
        if (!existingRows(reviewers).containsAll(reviewers)) {
            // a reviewer's first open assignment. Row creation is serialised by the lock row, taken before any
            // counter row (so the lock order stays the same in every transaction); after waiting for it, the rows
            // another transaction has just created are visible and are not created twice.
            jdbc.sql("select id from reviewer_workload_lock where id = 1 for update").query(Integer.class).single();
            Set<Long> existing = existingRows(reviewers);
            reviewers.stream().filter(reviewer -> !existing.contains(reviewer)).forEach(reviewer -> jdbc
                    .sql("insert into reviewer_workload (reviewer_id, open_assignments) values (?, 0)")
                    .param(reviewer).update());
        }
        reviewers.forEach(reviewer -> jdbc
                .sql("update reviewer_workload set open_assignments = open_assignments + ? where reviewer_id = ?")
                .params(changes.get(reviewer), reviewer).update());
    }

    private Set<Long> existingRows(List<Long> reviewers) {
        return new HashSet<>(jdbc.sql("select reviewer_id from reviewer_workload where reviewer_id in (:reviewers)")
                .param("reviewers", reviewers).query(Long.class).list());
    }

    /**
     * This transaction's changes, by reviewer id in ascending order; {@code null} outside a transaction, or when
     * it has none and {@code create} is false.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Integer> pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<Long, Integer> pending = (Map<Long, Integer>) TransactionSynchronizationManager.getResource(this);
        if (pending == null && create) {
            Map<Long, Integer> created = new TreeMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReviewerWorkload.this);
                }
            });
            pending = created;
        }
        return pending;
    }
}
