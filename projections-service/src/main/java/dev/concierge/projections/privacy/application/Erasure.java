package dev.concierge.projections.privacy.application;

import java.util.List;

/**
 * Erasing a customer's data without rewriting Kafka: their data keys are deleted (tombstones stay, so
 * no later record, live or replayed, creates a key or stores plaintext for them again), which makes
 * every encrypted value of theirs unreadable in every read model, and the read models forget what
 * they derived from it outside the encrypted fields. Idempotent.
 */
public final class Erasure {

    private final Vault vault;
    private final List<PersonalIndexes> indexes;

    public Erasure(Vault vault, List<PersonalIndexes> indexes) {
        this.vault = vault;
        this.indexes = List.copyOf(indexes);
    }

    public void erase(String customerId) {
        // keys first: from here on nothing new of theirs is stored readable, so the indexes stay empty
        vault.erase(customerId);
        indexes.forEach(index -> index.forget(customerId));
    }
}
