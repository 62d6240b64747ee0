package dev.concierge.ingest.requests.application;

import dev.concierge.ingest.requests.application.MediaCatalog.UploadedMedia;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.EventPublisher.PublishedEvent;
import dev.concierge.ingest.shared.application.FieldError;
import dev.concierge.ingest.shared.application.ForbiddenException;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.NotFoundException;
import dev.concierge.ingest.shared.application.TextRules;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.chat.ChatEvent.MessagesRead;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestCommand.CreateRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Customer requests, chat messages, read receipts and request commands: checks who may write what, then appends
 * the write to its topic. Every method returns only after Kafka stored the event.
 */
public final class RequestWrites {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_MEDIA = 10;

    private final EventPublisher events;
    private final RequestOwnership ownership;
    private final MediaCatalog media;
    private final TypingIndicators typing;
    private final DefaultAddresses defaultAddresses;
    private final IdGenerator ids;
    private final Clock clock;

    public RequestWrites(EventPublisher events, RequestOwnership ownership, MediaCatalog media, TypingIndicators typing,
            DefaultAddresses defaultAddresses, IdGenerator ids, Clock clock) {
        this.defaultAddresses = defaultAddresses;
        this.events = events;
        this.ownership = ownership;
        this.media = media;
        this.typing = typing;
        this.ids = ids;
        this.clock = clock;
    }

    public Accepted create(Caller caller, NewRequest request) {
        if (caller.role() != Caller.Role.CUSTOMER) {
            throw new ForbiddenException("only customers create requests");
        }
        boolean noText = TextRules.isBlank(request.text());
        if (noText && request.mediaIds().isEmpty()) {
            throw InvalidInputException.of("text", "a request needs a text, at least one mediaId, or both");
        }
        requireTextAndMedia(caller, request.text(), request.mediaIds());
        Address address = request.deliveryAddress() != null ? request.deliveryAddress()
                : defaultAddresses.of(caller.id()).orElseThrow(() -> InvalidInputException.of("deliveryAddress",
                        "required: you have no saved default address (save one with makeDefault on POST /v1/customers/me/addresses)"));
        String requestId = ids.next(RequestIds.PREFIX);
        // ownership first: a request that Kafka then refuses leaves only an unused id behind
        ownership.record(requestId, caller.id(), clock.instant());
        PublishedEvent event = events.publish(Topics.REQUESTS_COMMANDS, requestId, new CreateRequest(requestId,
                caller.id(), noText ? null : request.text(), request.mediaIds(), address,
                request.categoryHint(), caller.asActor()));
        return new Accepted(requestId, event.eventId());
    }

    public Accepted postMessage(Caller caller, String requestId, String text, List<String> mediaIds) {
        List<String> media = mediaIds == null ? List.of() : mediaIds;
        // a body over the limits is a 400 whoever asks, before the request is looked up
        throwIfAny(limitErrors(text, media));
        String owner = checkAccess(caller, requestId);
        if (TextRules.isBlank(text) && media.isEmpty()) {
            throw InvalidInputException.of("text", "a message needs a text, at least one mediaId, or both");
        }
        List<Attachment> attachments = requireTextAndMedia(caller, text, media);
        if (caller.isStaff()) {
            // what staff attach, the request's customer may open; shared before the message exists, so the
            // customer never sees a message whose photo is refused. Customers attach only their own uploads,
            // so attaching grants them nothing.
            attachments.forEach(attachment -> this.media.shareWith(attachment.mediaId(), owner));
        }
        return publishMessage(caller, requestId, text, attachments, Channel.IN_APP);
    }

    /**
     * A message that came in on the customer's own channel (WhatsApp) for a request already checked to
     * be theirs: its attachments are the gateway's media URLs, not uploads, so they are not looked up.
     */
    public Accepted postFromChannel(Caller caller, String requestId, String text, List<Attachment> attachments) {
        checkAccess(caller, requestId);
        return publishMessage(caller, requestId, text, attachments, Channel.WHATSAPP);
    }

    /**
     * True when {@code caller} may post on the request and that is known from memory alone (the owner is
     * held, see {@link RequestOwnership#knownOwnerOf}); false says only that it is not known that way,
     * and {@link #postMessage} decides.
     */
    public boolean mayPostWithoutLookup(Caller caller, String requestId) {
        // only ids that passed RequestIds are ever held, so a held one needs no second check
        Optional<String> owner = requestId == null ? Optional.empty() : ownership.knownOwnerOf(requestId);
        return owner.isPresent() && mayWrite(caller, owner.get());
    }

    /**
     * A chat message of text alone from the app, for a caller {@link #mayPostWithoutLookup} cleared and a
     * text the caller checked against {@link #isPlainText}; completes once Kafka stored it. Everything
     * else about it is what {@link #postMessage} writes.
     */
    public CompletionStage<Accepted> postTextAsync(Caller caller, String requestId, String text) {
        ChatMessagePosted message = messageOf(caller, requestId, text, List.of(), Channel.IN_APP);
        return events.publishAsync(Topics.CHAT_MESSAGES, requestId, message)
                .thenApply(event -> new Accepted(requestId, event.eventId()));
    }

    /** A text that {@link #postMessage} would accept as a whole message without attachments. */
    public static boolean isPlainText(String text) {
        return text != null && text.length() <= MAX_TEXT && TextRules.characterProblemWith(text).isEmpty()
                && !TextRules.isBlank(text);
    }

    /**
     * The channel is recorded for customers' messages only (the notifier opens WhatsApp's
     * customer-service window on a customer's WhatsApp message); staff messages carry none.
     */
    private Accepted publishMessage(Caller caller, String requestId, String text, List<Attachment> attachments,
            Channel channel) {
        ChatMessagePosted message = messageOf(caller, requestId, text, attachments, channel);
        return new Accepted(requestId, events.publish(Topics.CHAT_MESSAGES, requestId, message).eventId());
    }

    private ChatMessagePosted messageOf(Caller caller, String requestId, String text, List<Attachment> attachments,
            Channel channel) {
        boolean customer = caller.role() == Caller.Role.CUSTOMER;
        return new ChatMessagePosted(ids.next("msg"), requestId, customer ? Author.CUSTOMER : Author.AGENT, caller.id(),
                TextRules.isBlank(text) ? null : text, attachments, clock.instant(), customer ? channel : null);
    }

    /** A read receipt of the caller's side: the customer's, or staff's (agents and admins read as AGENT). */
    public Accepted markRead(Caller caller, String requestId, String upToMessageId) {
        checkAccess(caller, requestId);
        Author reader = caller.role() == Caller.Role.CUSTOMER ? Author.CUSTOMER : Author.AGENT;
        MessagesRead read = new MessagesRead(requestId, reader, caller.id(), upToMessageId, clock.instant());
        return new Accepted(requestId, events.publish(Topics.CHAT_MESSAGES, requestId, read).eventId());
    }

    public Accepted submit(Caller caller, RequestCommand command) {
        String name = command.getClass().getSimpleName();
        if (!CommandPolicy.allows(caller.role(), command.getClass())) {
            throw new ForbiddenException("a " + caller.role().groupName() + " may not issue " + name);
        }
        checkAccess(caller, command.requestId());
        return new Accepted(command.requestId(),
                events.publish(Topics.REQUESTS_COMMANDS, command.requestId(), command).eventId());
    }

    public void typing(Caller caller, String requestId) {
        checkAccess(caller, requestId);
        typing.publish(requestId, caller);
    }

    /** Unknown requests are 404 for everyone; another customer's request is 403. Returns the owner. */
    public String checkAccess(Caller caller, String requestId) {
        RequestIds.requireValid(requestId, "requestId");
        String owner = ownership.ownerOf(requestId)
                .orElseThrow(() -> new NotFoundException("no request " + requestId));
        if (!mayWrite(caller, owner)) {
            throw new ForbiddenException("request " + requestId + " belongs to another customer");
        }
        return owner;
    }

    /** Staff write on any request, a customer only on their own. */
    private static boolean mayWrite(Caller caller, String owner) {
        return caller.isStaff() || owner.equals(caller.id());
    }

    /**
     * Media may be attached only by whoever uploaded them, or by staff. An id that is unknown and an
     * id of someone else's upload get the same answer, so the answer does not reveal that it exists.
     */
    private List<Attachment> requireTextAndMedia(Caller caller, String text, List<String> mediaIds) {
        List<FieldError> errors = limitErrors(text, mediaIds);
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < mediaIds.size() && i < MAX_MEDIA; i++) {
            String mediaId = mediaIds.get(i);
            Optional<UploadedMedia> upload = mediaId == null ? Optional.empty() : media.find(mediaId)
                    .filter(found -> caller.isStaff() || found.uploaders().contains(caller.id()));
            if (upload.isEmpty()) {
                errors.add(new FieldError("mediaIds[" + i + "]",
                        "no media with this id was uploaded by you; upload the image with POST /v1/media first"));
            } else {
                attachments.add(new Attachment(mediaId, null, upload.get().contentType()));
            }
        }
        throwIfAny(errors);
        return attachments;
    }

    /** The size limits of a write's text and media list; no lookups. */
    private static List<FieldError> limitErrors(String text, List<String> mediaIds) {
        List<FieldError> errors = new ArrayList<>();
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "at most " + MAX_TEXT + " characters"));
        }
        if (mediaIds.size() > MAX_MEDIA) {
            errors.add(new FieldError("mediaIds", "at most " + MAX_MEDIA + " media per write"));
        }
        return errors;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() + " field(s) are invalid", errors);
        }
    }

    /** The answer to a write: the aggregate it is about and the CloudEvent id it was stored as. */
    public record Accepted(String requestId, String eventId) {
    }
}
