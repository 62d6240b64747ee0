package dev.concierge.ingest.webhooks.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Razorpay webhooks: verified by signature, de-duplicated by {@code X-Razorpay-Event-Id}, stored raw
 * on {@code payments.webhooks} keyed by the entity they are about. Parsing by payment rules is the
 * payment worker's job.
 */
public final class RazorpayWebhooks {

    /** Which payload entity names the webhook's subject, most specific first. */
    private static final List<String> ENTITY_PREFERENCE = List.of("payment_link", "refund", "payment", "order");

    private final SignatureChecks signatures;
    private final DeliveryLog deliveries;
    private final EventPublisher events;
    private final ObjectMapper mapper;
    private final Clock clock;

    public RazorpayWebhooks(SignatureChecks signatures, DeliveryLog deliveries, EventPublisher events,
            ObjectMapper mapper, Clock clock) {
        this.signatures = signatures;
        this.deliveries = deliveries;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    public WebhookOutcome receive(String rawBody, String signature, String eventIdHeader) {
        if (signature == null || signature.isBlank() || !signatures.razorpayValid(rawBody, signature)) {
            throw new UnauthenticatedException("X-Razorpay-Signature is missing or does not match the body");
        }
        JsonNode payload = parse(rawBody);
        String eventName = payload.path("event").asText("");
        if (eventName.isEmpty()) {
            throw InvalidInputException.of("event", "a Razorpay webhook names its event");
        }
        String entityId = entityId(payload.path("payload"));
        String eventId = eventIdHeader == null || eventIdHeader.isBlank() ? "sha256:" + sha256(rawBody) : eventIdHeader;
        return Deliveries.once(deliveries, "razorpay:" + eventId, () -> WebhookOutcome.stored(
                events.publish(Topics.PAYMENTS_WEBHOOKS, entityId,
                        new RazorpayWebhookReceived(eventId, eventName, entityId, rawBody, clock.instant())).eventId()));
    }

    private JsonNode parse(String rawBody) {
        try {
            JsonNode node = mapper.readTree(rawBody);
            if (node == null || !node.isObject()) {
                throw InvalidInputException.of("$", "a Razorpay webhook body is a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("$", "the webhook body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String entityId(JsonNode payload) {
        for (String name : ENTITY_PREFERENCE) {
            String id = payload.path(name).path("entity").path("id").asText("");
            if (!id.isEmpty()) {
                return id;
            }
        }
        Iterator<JsonNode> entities = payload.elements();
        while (entities.hasNext()) {
            String id = entities.next().path("entity").path("id").asText("");
            if (!id.isEmpty()) {
                return id;
            }
        }
        throw InvalidInputException.of("payload", "the webhook payload names no entity id");
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
