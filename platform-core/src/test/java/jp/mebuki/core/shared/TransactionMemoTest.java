package jp.mebuki.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A real transaction manager on an in-memory H2: the memo lives exactly as long as one transaction. */
class TransactionMemoTest {

    private final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(
            new DriverManagerDataSource("jdbc:h2:mem:transaction-memo;DB_CLOSE_DELAY=-1")));
    private final List<Map<String, Integer>> written = new ArrayList<>();
    private final TransactionMemo<String, Integer> changes = new TransactionMemo<>("changes",
            held -> written.add(Map.copyOf(held)));

    @Test
    void gathersChangesAndHandsThemOverOnceJustBeforeCommit() {
        transactions.executeWithoutResult(status -> {
            assertThat(changes.merge("rev.yoshida", 1, Integer::sum)).isTrue();
            changes.merge("rev.yoshida", 1, Integer::sum);
            changes.merge("rev.takahashi", -1, Integer::sum);

            assertThat(changes.held()).containsOnly(Map.entry("rev.yoshida", 2), Map.entry("rev.takahashi", -1));
            assertThat(written).as("nothing is written before the commit").isEmpty();
        });

        assertThat(written).containsExactly(Map.of("rev.yoshida", 2, "rev.takahashi", -1));
        assertThat(changes.held()).as("nothing survives the transaction").isEmpty();
    }

    @Test
    void handsOverNothingWhenTheTransactionRollsBack() {
        transactions.executeWithoutResult(status -> {
            changes.merge("rev.yoshida", 1, Integer::sum);
            status.setRollbackOnly();
        });

        assertThat(written).isEmpty();
    }

    @Test
    void handsOverOnlyWhatWasNotDrainedBefore() {
        transactions.executeWithoutResult(status -> {
            changes.merge("rev.yoshida", 1, Integer::sum);
            assertThat(changes.drain()).containsExactly(Map.entry("rev.yoshida", 1));
            changes.merge("rev.takahashi", 2, Integer::sum);
        });

        assertThat(written).containsExactly(Map.of("rev.takahashi", 2));
    }

    @Test
    void writesBeforeTheSynchronizationsOfTheDefaultOrder() {
        List<String> order = new ArrayList<>();
        TransactionMemo<String, Integer> memo = new TransactionMemo<>("ordered", held -> order.add("memo"));
        transactions.executeWithoutResult(status -> {
            // registered first, like a notifier that mails just before the commit
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    order.add("mail");
                }
            });
            memo.merge("rev.yoshida", 1, Integer::sum);
        });

        assertThat(order).containsExactly("memo", "mail");
    }

    @Test
    void keepsTransactionsApart() {
        transactions.executeWithoutResult(status -> changes.merge("rev.yoshida", 1, Integer::sum));
        transactions.executeWithoutResult(status -> changes.merge("rev.yoshida", 5, Integer::sum));

        assertThat(written).containsExactly(Map.of("rev.yoshida", 1), Map.of("rev.yoshida", 5));
    }

    @Test
    void holdsNothingOutsideATransactionSoTheCallerActsAtOnce() {
        assertThat(changes.merge("rev.yoshida", 1, Integer::sum)).isFalse();
        assertThat(changes.held()).isEmpty();
        assertThat(changes.get("rev.yoshida", () -> 7)).as("reads go to the loader").isEqualTo(7);
        assertThat(written).isEmpty();
    }

    @Test
    void remembersWhatATransactionReadUntilItEnds() {
        TransactionMemo<String, String> names = new TransactionMemo<>("names");
        List<String> loads = new ArrayList<>();

        transactions.executeWithoutResult(status -> {
            names.get("rev.yoshida", () -> { loads.add("rev.yoshida"); return "Yoshida"; });
            assertThat(names.get("rev.yoshida", () -> { loads.add("again"); return "other"; })).isEqualTo("Yoshida");
        });
        transactions.executeWithoutResult(status -> names.get("rev.yoshida", () -> {
            loads.add("next transaction");
            return "Yoshida";
        }));

        assertThat(loads).containsExactly("rev.yoshida", "next transaction");
    }
}
