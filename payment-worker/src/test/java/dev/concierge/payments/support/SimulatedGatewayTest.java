package dev.concierge.payments.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.razorpay.RazorpayException;
import com.razorpay.Utils;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.payments.PaymentEvent.PaymentLinkCreated;
import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.json.JSONObject;

/**
 * What a test of the simulated gateway starts from: the topics, the webhook stand-in, links that
 * expire an hour from now, and the step ingest-api takes between the two (a verified webhook body
 * stored on {@code payments.webhooks} keyed by its entity).
 */
public abstract class SimulatedGatewayTest {

    protected static final String COMMANDS_GROUP = "payment-worker-commands";
    protected static final String WEBHOOKS_GROUP = "payment-worker-webhooks";

    protected final PaymentTopics topics = new PaymentTopics();
    protected final WebhookStandIn ingest = WebhookStandIn.shared();

    protected PaymentLinkCreated linkFor(String requestId, Instant expiresAt) {
        topics.publish(Topics.PAYMENTS_COMMANDS, requestId, Checkouts.command(requestId, 1, "cus_1", expiresAt));
        return topics.awaitEvents(requestId, PaymentTopics.has(PaymentLinkCreated.class)).stream()
                .filter(PaymentLinkCreated.class::isInstance).map(PaymentLinkCreated.class::cast).findFirst().orElseThrow();
    }

    protected PaymentLinkCreated linkFor(String requestId) {
        return linkFor(requestId, Instant.now().plus(Duration.ofHours(1)));
    }

    /** What ingest-api stores for a delivery it verified: the raw body, the event id header, the entity id. */
    public static RazorpayWebhookReceived asIngestStoresIt(WebhookStandIn.Received delivery) {
        JSONObject body = new JSONObject(delivery.body());
        JSONObject payload = body.getJSONObject("payload");
        String entityId = null;
        for (String name : new String[] {"payment_link", "refund", "payment", "order"}) {
            if (entityId == null && payload.has(name)) {
                entityId = payload.getJSONObject(name).getJSONObject("entity").getString("id");
            }
        }
        return new RazorpayWebhookReceived(delivery.eventId(), body.getString("event"), entityId, delivery.body(),
                Instant.now());
    }

    /** The payment id the pay page names after a click. */
    protected static String paymentIdIn(String page) {
        Matcher matcher = Pattern.compile("pay_[A-Za-z0-9]{14}").matcher(page);
        assertThat(matcher.find()).as("the page names a payment: %s", page).isTrue();
        return matcher.group();
    }

    /** Whether the delivery's signature verifies with the webhook secret, checked by the Razorpay SDK as ingest-api checks it. */
    protected static boolean verifies(WebhookStandIn.Received delivery) {
        try {
            return Utils.verifyWebhookSignature(delivery.body(), delivery.signature(), SimulatedGatewayResource.WEBHOOK_SECRET);
        } catch (RazorpayException e) {
            throw new AssertionError(e);
        }
    }

    protected void deliverToWorker(WebhookStandIn.Received delivery) {
        RazorpayWebhookReceived stored = asIngestStoresIt(delivery);
        topics.publish(Topics.PAYMENTS_WEBHOOKS, stored.entityId(), stored);
    }
}
