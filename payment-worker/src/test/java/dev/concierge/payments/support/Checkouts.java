package dev.concierge.payments.support;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.payments.PaymentCommand.CreatePaymentLink;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkCreated;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** New requests with quotes and links, as the processor would ask for them: ₹32 item + ₹25 delivery. */
public final class Checkouts {

    public static final Money ITEM_PRICE = Money.inr(3_200);
    public static final Money DELIVERY_FEE = Money.inr(2_500);
    public static final Money TOTAL = Money.inr(5_700);
    public static final String STORE_ID = "sto_apollo";

    private final PaymentTopics topics;

    public Checkouts(PaymentTopics topics) {
        this.topics = topics;
    }

    public static String newRequestId() {
        return "req_" + UUID.randomUUID();
    }

    public static CreatePaymentLink command(String requestId, int attempt, String customerId) {
        return command(requestId, attempt, customerId, Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
    }

    public static CreatePaymentLink command(String requestId, int attempt, String customerId, Instant expiresAt) {
        return new CreatePaymentLink(requestId, "quo_" + attempt, attempt, TOTAL, customerId, "+919800000001",
                null, "Dolo 650 and delivery", expiresAt, ITEM_PRICE, DELIVERY_FEE, STORE_ID);
    }

    /** Asks for the request's first link and waits for the worker's answer. */
    public PaymentLinkCreated linkFor(String requestId, String customerId) {
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, command(requestId, 1, customerId));
        return (PaymentLinkCreated) topics.awaitEvents(requestId, PaymentTopics.has(PaymentLinkCreated.class)).stream()
                .filter(PaymentLinkCreated.class::isInstance).findFirst().orElseThrow();
    }
}
