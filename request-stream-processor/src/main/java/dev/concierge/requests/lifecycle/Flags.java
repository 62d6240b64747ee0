package dev.concierge.requests.lifecycle;

/**
 * The flags a snapshot carries ({@code RequestSnapshot.flags}): things staff should see that are no
 * state of their own. Only {@link Evolution} sets or clears them; handlers read them.
 */
public final class Flags {

    public static final String ENRICHMENT_FAILED = "enrichment-failed";
    public static final String WAITING_FOR_AGENT = "waiting-for-agent";
    public static final String AGENT_WENT_OFFLINE = "agent-went-offline";
    public static final String PAID_AFTER_CANCEL = "paid-after-cancel";
    /** The gateway failed the refund; an admin's RequestRefund retries it. */
    public static final String REFUND_FAILED = "refund-failed";
    public static final String PAYMENT_LINK_CANCELLED = "payment-link-cancelled";
    /** Followed by the gateway's payment id: one alert per payment. */
    public static final String AMOUNT_MISMATCH = "amount-mismatch:";
    /** Followed by the refused command's name, e.g. {@code payment-command-rejected:CancelPaymentLink}. */
    public static final String PAYMENT_COMMAND_REJECTED = "payment-command-rejected:";

    static final String CREATE_PAYMENT_LINK = "CreatePaymentLink";

    private Flags() {
    }
}
