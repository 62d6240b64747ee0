package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.ReadReceipt;

/**
 * Read receipts on the {@code messages} read model. Every step is idempotent and commutes with the arrival of
 * messages: each covered message keeps the earliest {@code readAt} of each side, so receipts and messages
 * applied in any order (a rebuild replays topics side by side) end in the same documents.
 */
public interface ReadReceipts {

    /** Keeps the receipt (once per event id) and marks the messages it covers; answers whether it was new. */
    boolean record(ReadReceipt receipt);

    /** Marks a message with the kept receipts that cover it, including receipts that name it and came first. */
    void messageArrived(ChatMessage message);
}
