package jp.mebuki.core.shared;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers immutable aggregates (records) that the current transaction has already read or written,
 * so that one process-engine command does not read the same row again for every expression, listener
 * and delegate that needs it (a review slot evaluates its assignment up to ten times per transaction).
 * <p>
 * Scope is exactly one Spring-managed transaction: the memo is bound as a transaction resource and
 * dropped when the transaction completes, so nothing is shared between transactions, threads or nodes,
 * and a value is never older than what the transaction itself saw or wrote. Owners must {@link #put}
 * what they save, so that later reads in the same transaction see the write. Outside a transaction
 * every read goes to the loader.
 * <p>
 * A memo may also gather changes to be written once, at the end: its before-commit action receives what the
 * transaction holds just before the transaction commits (never after a rollback), and writes inside it.
 */
public final class TransactionMemo<K, V> {

    private final String name;
    private final Consumer<Map<K, V>> beforeCommit;

    public TransactionMemo(String name) {
        this(name, null);
    }

    /** A memo whose {@code beforeCommit} action writes what the transaction gathered, if anything. */
    public TransactionMemo(String name, Consumer<Map<K, V>> beforeCommit) {
        this.name = name;
        this.beforeCommit = beforeCommit;
    }

    /** The value this transaction already holds for the key, or the loader's (then remembered). */
    public V get(K key, Supplier<V> loader) {
        Map<K, V> values = values(true);
        if (values == null) {
            return loader.get();
        }
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V loaded = loader.get();
        if (loaded != null) {
            values.put(key, loaded);
        }
        return loaded;
    }

    /** What this transaction holds for the key, or {@code null} (also outside a transaction). */
    public V peek(K key) {
        Map<K, V> values = values(false);
        return values == null ? null : values.get(key);
    }

    /** What this transaction has just written, so that its later reads need not fetch it again. */
    public V put(K key, V value) {
        Map<K, V> values = values(true);
        if (values != null) {
            values.put(key, value);
        }
        return value;
    }

    /**
     * Combines {@code value} with what this transaction holds for the key; {@code false} (and nothing held)
     * outside a transaction, where the caller has to act at once.
     */
    public boolean merge(K key, V value, BinaryOperator<V> combine) {
        Map<K, V> values = values(true);
        if (values == null) {
            return false;
        }
        values.merge(key, value, combine);
        return true;
    }

    /**
     * Takes everything this transaction holds out of the memo (empty outside a transaction): what the caller
     * writes now, the before-commit action will not write again.
     */
    public Map<K, V> drain() {
        Map<K, V> values = values(false);
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<K, V> taken = new HashMap<>(values);
        values.clear();
        return taken;
    }

    /** Everything this transaction holds (empty outside a transaction), read-only. */
    public Map<K, V> held() {
        Map<K, V> values = values(false);
        return values == null ? Map.of() : Collections.unmodifiableMap(values);
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> values(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (values == null && create) {
            Map<K, V> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    if (beforeCommit != null && !created.isEmpty()) {
                        beforeCommit.accept(Collections.unmodifiableMap(created));
                    }
                }

                /**
                 * Before the synchronizations of the default order: the notifier sends its mails from one of those, after
                 * everything the transaction writes has been written.
                 */
                @Override
                public int getOrder() {
                    return 0;
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
            values = created;
        }
        return values;
    }

    @Override
    public String toString() {
        return "TransactionMemo[" + name + "]";
    }
}
