package dk.sammen.base;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one service has read within the current transaction, so that the features a single call
 * passes through (the canvas write, the review gate before commit, the flags it counts) read the
 * scoping once instead of once each. It lives exactly as long as the transaction: the next call,
 * the next request and every other thread read afresh. Outside a transaction nothing is kept.
 * The owning service forgets its entries whenever it writes what they were read from.
 *
 * @see "docs/adr/0012-one-write-path.md"
 */
public final class TransactionMemo<K, V> {

    private final String name;

    /** {@code name} tells this memo's entries apart from another memo's in the same transaction. */
    public TransactionMemo(String name) {
        this.name = TransactionMemo.class.getName() + "." + name;
    }

    /** The value kept in this transaction for the key, or the loaded one, kept from now on. */
    public V get(K key, Supplier<V> load) {
        Map<K, V> entries = entries();
        if (entries == null) return load.get();
        @Nullable V kept = entries.get(key);
        if (kept != null) return kept;
        V loaded = load.get();
        entries.put(key, loaded);
        return loaded;
    }

    /** The value kept in this transaction for the key, if any; loads nothing. */
    public @Nullable V kept(K key) {
        Map<K, V> entries = entries();
        return entries == null ? null : entries.get(key);
    }

    /** Keeps a value read along with another (the membership that came with the details). */
    public void put(K key, V value) {
        Map<K, V> entries = entries();
        if (entries != null) entries.put(key, value);
    }

    /** Changes a kept value the way the owner just changed what it was read from; no-op if none is kept. */
    public void update(K key, UnaryOperator<V> change) {
        Map<K, V> entries = entries();
        if (entries != null) entries.computeIfPresent(key, (k, v) -> change.apply(v));
    }

    /** Forgets everything kept in this transaction: the owner wrote something these values show. */
    public void forget() {
        Map<K, V> entries = entries();
        if (entries != null) entries.clear();
    }

    private @Nullable Map<K, V> entries() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return null;
        return TransactionBound.get(name, HashMap::new);
    }
}
