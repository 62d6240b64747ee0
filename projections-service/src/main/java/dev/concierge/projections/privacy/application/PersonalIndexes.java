package dev.concierge.projections.privacy.application;

/**
 * A read model that keeps something derived from a customer's data outside the encrypted fields (a
 * blind search index, a lookup hash): erasure asks it to forget that too, since deleting keys alone
 * would leave it matching.
 */
public interface PersonalIndexes {

    void forget(String customerId);
}
