package dev.concierge.ingest.webhooks.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.PayloadTooLargeException;
import dev.concierge.ingest.shared.application.StrictUtf8;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Razorpay webhooks: verified by signature, de-duplicated by what the signature covers, stored raw
 * on {@code payments.webhooks} keyed by the entity they are about. Parsing by payment rules is the
 * payment worker's job.
 * <p>
 * {@code X-Razorpay-Event-Id} is not signed: anyone who captured one signed delivery could resend it
 * with a new id. So a delivery is identified by its signed body instead: the event name, every
 * payload entity and its id, and {@code created_at}. A redelivery of the same event carries the
 * same body, so it is recognised whatever header comes with it.
 */
public final class RazorpayWebhooks {

    /** Which payload entity names the webhook's subject, most specific first. */
    private static final List<String> ENTITY_PREFERENCE = List.of("payment_link", "refund", "payment", "order");
    /** Razorpay's payloads are a few KB; far more than that is not a webhook and must not reach Kafka. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Pattern EVENT_NAME = Pattern.compile("[a-z_]{1,50}(\\.[a-z_]{1,50}){1,3}");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9_]{1,100}");
    private static final Pattern HEADER_EVENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final SignatureChecks signatures;
    private final Deliveries deliveries;
    private final EventPublisher events;
    private final ObjectMapper mapper;
    private final Clock clock;

    public RazorpayWebhooks(SignatureChecks signatures, Deliveries deliveries, EventPublisher events,
            ObjectMapper mapper, Clock clock) {
        this.signatures = signatures;
        this.deliveries = deliveries;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    public WebhookOutcome receive(byte[] body, String signature, String eventIdHeader) {
        if (body.length > MAX_BODY_BYTES) {
            throw new PayloadTooLargeException("a Razorpay webhook body may be at most " + MAX_BODY_BYTES
                    + " bytes; this one has " + body.length);
        }
        String rawBody = StrictUtf8.decode(body, "body");
        if (signature == null || signature.isBlank() || !signatures.razorpayValid(rawBody, signature)) {
            throw new UnauthenticatedException("X-Razorpay-Signature is missing or does not match the body");
        }
        JsonNode payload = parse(rawBody);
        String eventName = payload.path("event").asText("");
        if (!EVENT_NAME.matcher(eventName).matches()) {
            throw InvalidInputException.of("event", "a Razorpay webhook names its event, e.g. payment.captured");
        }
        String entityId = entityId(payload.path("payload"));
        // the header only labels the event for readers; it is never what decides "seen before"
        String eventId = eventIdHeader != null && HEADER_EVENT_ID.matcher(eventIdHeader).matches() ? eventIdHeader
                : "sha256:" + sha256(rawBody);
        return deliveries.once("razorpay:" + signedIdentity(payload, eventName), () -> WebhookOutcome.stored(
                events.publish(Topics.PAYMENTS_WEBHOOKS, entityId,
                        new RazorpayWebhookReceived(eventId, eventName, entityId, rawBody, clock.instant())).eventId()));
    }

    /** What identifies one Razorpay event inside the signed body, hashed to a fixed-length key. */
    private static String signedIdentity(JsonNode payload, String eventName) {
        StringBuilder identity = new StringBuilder(eventName);
        List<String> entities = new ArrayList<>();
        payload.path("payload").fields().forEachRemaining(entry ->
                entities.add(entry.getKey() + "=" + entry.getValue().path("entity").path("id").asText("")));
        entities.stream().sorted().forEach(entity -> identity.append('|').append(entity));
        identity.append("|created_at=").append(payload.path("created_at").asText(""));
        return sha256(identity.toString());
    }

    private JsonNode parse(String rawBody) {
        try {
            JsonNode node = mapper.readTree(rawBody);
            if (node == null || !node.isObject()) {
                throw InvalidInputException.of("$", "a Razorpay webhook body is a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("$", "the webhook body is not a JSON object");
        }
    }

    private static String entityId(JsonNode payload) {
        for (String name : ENTITY_PREFERENCE) {
            String id = payload.path(name).path("entity").path("id").asText("");
            if (!id.isEmpty()) {
                return requireEntityId(id);
            }
        }
        Iterator<JsonNode> entities = payload.elements();
        while (entities.hasNext()) {
            String id = entities.next().path("entity").path("id").asText("");
            if (!id.isEmpty()) {
                return requireEntityId(id);
            }
        }
        throw InvalidInputException.of("payload", "the webhook payload names no entity id");
    }

    private static String requireEntityId(String id) {
        if (!ENTITY_ID.matcher(id).matches()) {
            throw InvalidInputException.of("payload", "the entity id is not a Razorpay id (1 to 100 letters, digits or _)");
        }
        return id;
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
