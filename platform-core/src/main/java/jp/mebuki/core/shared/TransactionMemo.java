package jp.mebuki.core.shared;

import java.util.HashMap;
import java.util.Map;
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
 */
public final class TransactionMemo<K, V> {

    private final String name;

    public TransactionMemo(String name) {
        this.name = name;
    }

    /** The value this transaction already holds for the key, or the loader's (then remembered). */
    public V get(K key, Supplier<V> loader) {
        Map<K, V> values = values();
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
        Map<K, V> values = values();
        return values == null ? null : values.get(key);
    }

    /** What this transaction has just written, so that its later reads need not fetch it again. */
    public V put(K key, V value) {
        Map<K, V> values = values();
        if (values != null) {
            values.put(key, value);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> values() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<K, V> values = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (values == null) {
            Map<K, V> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
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
