package dev.concierge.payments.receipts;

import dev.concierge.payments.application.Receipt;
import dev.concierge.payments.application.Receipts;
import java.time.Clock;
import java.time.Duration;

/**
 * Receipts made once per payment: a redelivered capture finds the kept receipt and answers the same
 * link (its expiry counts from when the receipt was made, so the link does not change either).
 */
public final class ReceiptBook implements Receipts {

    private final ReceiptStore store;
    private final ReceiptLinks links;
    private final Duration linkValidity;
    private final Clock clock;

    public ReceiptBook(ReceiptStore store, ReceiptLinks links, Duration linkValidity, Clock clock) {
        this.store = store;
        this.links = links;
        this.linkValidity = linkValidity;
        this.clock = clock;
    }

    @Override
    public String issue(Receipt receipt) {
        StoredReceipt kept = store.byPaymentId(receipt.paymentId()).orElseGet(() -> store.keepFirst(new StoredReceipt(
                receipt.paymentId(), receipt.requestId(), receipt.customerId(), clock.instant(), ReceiptPdf.render(receipt))));
        return links.url(kept.paymentId(), kept.issuedAt().plus(linkValidity));
    }
}
