package dev.concierge.ingest.webhooks.application;

import dev.concierge.ingest.auth.application.CustomerAccounts;
import dev.concierge.ingest.auth.application.CustomerAccounts.CustomerAccount;
import dev.concierge.ingest.auth.application.PhoneNumbers;
import dev.concierge.ingest.directory.application.StoreRegistry;
import dev.concierge.ingest.media.application.WhatsAppPhotos;
import dev.concierge.ingest.requests.application.NewRequest;
import dev.concierge.ingest.requests.application.RequestOwnership;
import dev.concierge.ingest.requests.application.RequestWrites;
import dev.concierge.ingest.requests.application.RequestWrites.Accepted;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.TextRules;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.notifications.NotificationEvent.DeliveryStatusReported;
import dev.concierge.schemas.stores.StoreInbound.StoreMessageReceived;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Twilio webhooks. Inbound WhatsApp from a registered store number goes to {@code stores.inbound};
 * from a customer it joins their most recent open request (or opens one at their saved address) on
 * {@code chat.messages}. Status callbacks become {@code DeliveryStatusReported} for the notifier.
 */
public final class TwilioWebhooks {

    private static final String WHATSAPP_PREFIX = "whatsapp:";
    private static final int MAX_MEDIA = 10;
    /** WhatsApp bodies are at most 1,600 characters; no Twilio parameter comes near this. */
    public static final int MAX_PARAM_LENGTH = 4096;
    private static final int MAX_PARAMS = 100;
    private static final Pattern MESSAGE_SID = Pattern.compile("[A-Z]{2}[0-9a-f]{32}");

    private final SignatureChecks signatures;
    private final Deliveries deliveries;
    private final EventPublisher events;
    private final StoreRegistry stores;
    private final CustomerAccounts customers;
    private final RequestOwnership ownership;
    private final RequestWrites writes;
    private final WhatsAppPhotos photos;
    private final Clock clock;
    private final Duration followUpWindow;

    public TwilioWebhooks(SignatureChecks signatures, Deliveries deliveries, EventPublisher events, StoreRegistry stores,
            CustomerAccounts customers, RequestOwnership ownership, RequestWrites writes, WhatsAppPhotos photos,
            Clock clock, Duration followUpWindow) {
        this.signatures = signatures;
        this.deliveries = deliveries;
        this.events = events;
        this.stores = stores;
        this.customers = customers;
        this.ownership = ownership;
        this.writes = writes;
        this.photos = photos;
        this.clock = clock;
        this.followUpWindow = followUpWindow;
    }

    public WebhookOutcome inbound(String url, Map<String, String> params, String signature) {
        verify(url, params, signature);
        String messageSid = required(params, "MessageSid");
        String from = PhoneNumbers.normalise(stripChannel(required(params, "From")), "From");
        String body = params.getOrDefault("Body", "");
        List<String> mediaUrls = mediaUrls(params);
        return deliveries.once("twilio:" + messageSid, () -> {
            Optional<String> storeId = stores.storeIdByPhone(from);
            if (storeId.isPresent()) {
                return WebhookOutcome.stored(events.publish(Topics.STORES_INBOUND, storeId.get(),
                        new StoreMessageReceived(storeId.get(), from, body, mediaUrls, messageSid)).eventId());
            }
            Optional<CustomerAccount> customer = customers.byPhone(from).filter(CustomerAccount::registered);
            if (customer.isEmpty()) {
                return WebhookOutcome.ignored("no store or registered customer uses " + from);
            }
            return fromCustomer(customer.get(), body, mediaUrls, params);
        });
    }

    public WebhookOutcome status(String url, Map<String, String> params, String signature) {
        verify(url, params, signature);
        String messageSid = required(params, "MessageSid");
        String status = required(params, "MessageStatus");
        String to = params.get("To");
        Channel channel = to != null && to.startsWith(WHATSAPP_PREFIX) ? Channel.WHATSAPP : Channel.SMS;
        return deliveries.once("twilio-status:" + messageSid + ":" + status, () -> WebhookOutcome.stored(
                events.publish(Topics.NOTIFICATIONS_EVENTS, messageSid, new DeliveryStatusReported(messageSid, status,
                        channel, to == null ? null : stripChannel(to), params.get("ErrorCode"),
                        params.get("ErrorMessage"))).eventId()));
    }

    /**
     * The same writes as the customer's app makes, through {@link RequestWrites}. WhatsApp's photos are
     * first copied into the media library (as the customer's uploads), so they reach the analysis by
     * media id like app uploads; one that cannot be copied stays a URL on the chat message.
     */
    private WebhookOutcome fromCustomer(CustomerAccount customer, String body, List<String> mediaUrls,
            Map<String, String> params) {
        List<Attachment> atTwilio = new ArrayList<>();
        for (int i = 0; i < mediaUrls.size(); i++) {
            atTwilio.add(new Attachment(null, mediaUrls.get(i),
                    params.getOrDefault("MediaContentType" + i, "application/octet-stream")));
        }
        // a WhatsApp of only invisible characters carries no text, the same as in the app
        String text = TextRules.isBlank(body) ? null : body;
        if (text == null && atTwilio.isEmpty()) {
            return WebhookOutcome.ignored("a message from " + customer.id() + " with nothing to show");
        }
        Caller caller = new Caller(customer.id(), Caller.Role.CUSTOMER);
        List<Attachment> attachments = photos.copy(caller, atTwilio);
        Optional<String> openRequest = ownership.openRequestOf(customer.id(), clock.instant().minus(followUpWindow));
        if (openRequest.isPresent()) {
            return WebhookOutcome.stored(writes.postFromChannel(caller, openRequest.get(), text, attachments).eventId());
        }
        if (customer.defaultAddress() == null) {
            return WebhookOutcome.ignored("customer " + customer.id() + " has no saved address for a new request");
        }
        List<String> copiedIds = attachments.stream().map(Attachment::mediaId).filter(Objects::nonNull).toList();
        Accepted created = writes.create(caller, new NewRequest(text == null ? "(photo sent on WhatsApp)" : text,
                copiedIds, customer.defaultAddress(), null));
        List<Attachment> notCopied = attachments.stream().filter(a -> a.mediaId() == null).toList();
        if (!notCopied.isEmpty()) {
            // CreateRequest carries media ids only; a photo that could not be copied stays a URL on a chat message
            writes.postFromChannel(caller, created.requestId(), null, notCopied);
        }
        return WebhookOutcome.stored(created.eventId());
    }

    /**
     * The signature covers the URL and every parameter, MessageSid included, so de-duplicating by
     * MessageSid uses signed data only. Once verified, the parameters get the same bounds and
     * character rules as any other write.
     */
    private void verify(String url, Map<String, String> params, String signature) {
        if (signature == null || signature.isBlank() || !signatures.twilioValid(url, params, signature)) {
            throw new UnauthenticatedException("X-Twilio-Signature is missing or does not match the request");
        }
        if (params.size() > MAX_PARAMS) {
            throw InvalidInputException.of("$", "at most " + MAX_PARAMS + " parameters");
        }
        params.forEach((name, value) -> {
            if (value != null && value.length() > MAX_PARAM_LENGTH) {
                throw InvalidInputException.of(name, "at most " + MAX_PARAM_LENGTH + " characters");
            }
            TextRules.requireCleanCharacters(value, name);
        });
        if (!MESSAGE_SID.matcher(required(params, "MessageSid")).matches()) {
            throw InvalidInputException.of("MessageSid", "is not a Twilio message SID");
        }
    }

    private static List<String> mediaUrls(Map<String, String> params) {
        int count;
        try {
            count = Integer.parseInt(params.getOrDefault("NumMedia", "0"));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("NumMedia", "must be a number");
        }
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MAX_MEDIA); i++) {
            String url = params.get("MediaUrl" + i);
            if (url != null && !url.isBlank()) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(name, "Twilio always sends " + name);
        }
        return value;
    }

    private static String stripChannel(String address) {
        return address.startsWith(WHATSAPP_PREFIX) ? address.substring(WHATSAPP_PREFIX.length()) : address;
    }
}
