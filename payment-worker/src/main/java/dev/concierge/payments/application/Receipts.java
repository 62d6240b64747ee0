package dev.concierge.payments.application;

/** The receipts of captured payments (a PDF per payment, kept by this service). */
public interface Receipts {

    /**
     * Makes and keeps the receipt unless the payment has one already (a redelivered capture makes no
     * second receipt), and answers the signed, expiring link to it that {@code PaymentCaptured} carries.
     */
    String issue(Receipt receipt);
}
