package dev.concierge.projections.privacy.domain;

import java.util.List;

/**
 * What the read models keep encrypted, by where it is stored. Everything a customer wrote or that
 * locates or reaches them: the request's text and delivery address, the text stores were sent about
 * it (it quotes the customer), the AI's summary of the request (it restates the text), the rating
 * comment, chat message text, and the customer's phone, name, email and addresses. Amounts, statuses,
 * ids, times, categories and the AI's specs stay readable, so lists, filters and analytics need no keys.
 */
public final class PersonalFields {

    /** Paths in the {@code requests} document's {@code snapshot}. */
    public static final List<String> OF_SNAPSHOT = List.of("text", "deliveryAddress", "enrichment.summary",
            "rating.comment");

    /**
     * Paths in a {@code request_timeline} fact's {@code data}: RequestCreated's text and address,
     * RequestEnriched's summary, StoreOutreachRequested's message, RequestRated's comment (also on fact
     * types added later that use these names).
     */
    public static final List<String> OF_FACT_DATA = List.of("text", "deliveryAddress", "summary", "message", "comment");

    /** Paths in a {@code messages} row. */
    public static final List<String> OF_MESSAGE = List.of("text");

    /** Paths in a {@code customers} document. */
    public static final List<String> OF_CUSTOMER = List.of("phone", "name", "email");

    private PersonalFields() {
    }
}
