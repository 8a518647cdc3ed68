package jp.mebuki.core.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.mebuki.core.shared.TransactionMemo;
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
    /** This transaction's changes by reviewer id, written just before it commits. */
    private final TransactionMemo<Long, Integer> pending;
    /**
     * Reviewers whose counter row this node has seen committed. Counter rows are never deleted, so their changes
     * skip the existence check (one query per transaction); as many entries as reviewers who were ever assigned.
     */
    private final Set<Long> seenRows = ConcurrentHashMap.newKeySet();

    ReviewerWorkload(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.pending = new TransactionMemo<>("reviewer workload changes", this::write);
    }

    /** The reviewer holds {@code delta} more (or, negative, fewer) open assignments once this transaction commits. */
    void change(UserId reviewer, int delta) {
        if (delta != 0 && !pending.merge(reviewer.value(), delta, Integer::sum)) {
            // no transaction to wait for (ReviewService always has one): write at once
            write(Map.of(reviewer.value(), delta));
        }
    }

    /** Open assignments per reviewer id (reviewers without any are absent), this transaction's changes included. */
    Map<Long, Integer> openAssignments() {
        Map<Long, Integer> open = new HashMap<>();
        jdbc.sql("select reviewer_id, open_assignments from reviewer_workload where open_assignments <> 0")
                .query((row, n) -> Map.entry(row.getLong("reviewer_id"), row.getInt("open_assignments"))).list()
                .forEach(entry -> open.put(entry.getKey(), entry.getValue()));
        pending.held().forEach((reviewer, delta) -> open.merge(reviewer, delta, Integer::sum));
        return open;
    }

    /** Writes one transaction's changes: first any missing counter rows, then the counters in id order. */
    private void write(Map<Long, Integer> changes) {
        List<Long> reviewers = changes.entrySet().stream().filter(change -> change.getValue() != 0)
                .map(Map.Entry::getKey).sorted().toList();
        if (reviewers.isEmpty()) {
            return;
        }
        if (!seenRows.containsAll(reviewers) && !existingRows(reviewers).containsAll(reviewers)) {
            // a reviewer's first open assignment. Row creation is serialised by the lock row, taken before any
            // counter row (so the lock order stays the same in every transaction); after waiting for it, the rows
            // another transaction has just created are visible and are not created twice.
            jdbc.sql("select id from reviewer_workload_lock where id = 1 for update").query(Integer.class).single();
            Set<Long> existing = existingRows(reviewers);
            reviewers.stream().filter(reviewer -> !existing.contains(reviewer)).forEach(reviewer -> jdbc
                    .sql("insert into reviewer_workload (reviewer_id, open_assignments) values (?, 0)")
                    .param(reviewer).update());
        }
        for (Long reviewer : reviewers) {
            int updated = jdbc.sql("update reviewer_workload set open_assignments = open_assignments + ? where reviewer_id = ?")
                    .params(changes.get(reviewer), reviewer).update();
            if (updated != 1) {
                // only if a counter row were deleted after this node saw it: fail rather than lose the change
                throw new IllegalStateException("no workload counter row for reviewer " + reviewer);
            }
        }
    }

    /** The reviewers' counter rows visible to this transaction; those already committed are remembered. */
    private Set<Long> existingRows(List<Long> reviewers) {
        Set<Long> existing = new HashSet<>(jdbc.sql("select reviewer_id from reviewer_workload where reviewer_id in (:reviewers)")
                .param("reviewers", reviewers).query(Long.class).list());
        // this transaction inserts counter rows only after its last read here: every row read was committed
        seenRows.addAll(existing);
        return existing;
    }
}
