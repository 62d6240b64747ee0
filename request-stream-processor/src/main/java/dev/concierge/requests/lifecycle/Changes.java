package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.requests.RequestEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Collects what one decision does. Facts are applied as they are added, so a handler that emits
 * two facts sees the state after the first. Ids are derived from request id, version and position,
 * so the same input on the same state always yields the same ids (idempotency keys downstream).
 */
public final class Changes {

    /** In order of preference; the notifier skips those the customer has turned off. */
    static final List<Channel> CUSTOMER_CHANNELS = List.of(Channel.WHATSAPP, Channel.SMS, Channel.IN_APP);
    /** All admins: the notifier's {@code admins} group. */
    static final Recipient ADMINS = new Recipient("admins", Recipient.Kind.ADMIN, null, null);

    private final String requestId;
    private final long version;
    private final Instant now;
    private RequestState state;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Outbound> outbound = new ArrayList<>();

    Changes(String requestId, RequestState state, Instant now) {
        this.requestId = requestId;
        this.state = state;
        this.now = now;
        this.version = state == null ? 1 : state.snapshot().version() + 1;
    }

    public RequestState state() {
        return state;
    }

    public Instant now() {
        return now;
    }

    public String requestId() {
        return requestId;
    }

    public Changes fact(RequestEvent event) {
        state = Evolution.apply(state, event, now);
        facts.add(new Fact(derivedId("event", facts.size()), event));
        return this;
    }

    public Changes send(Outbound work) {
        outbound.add(work);
        return this;
    }

    /** Bookkeeping that is no fact of its own (e.g. the agent has spoken). */
    public Changes note(UnaryOperator<RequestState> change) {
        state = change.apply(state);
        return this;
    }

    /** A notification caused by the latest fact; its idempotency key is that fact's id. */
    public Changes notify(Recipient recipient, List<Channel> channels, String templateId, Map<String, String> variables) {
        return notify(recipient, channels, templateId, variables, List.of());
    }

    private Changes notify(Recipient recipient, List<Channel> channels, String templateId, Map<String, String> variables,
            List<Attachment> attachments) {
        String cause = facts.isEmpty() ? derivedId("note", 0) : facts.get(facts.size() - 1).eventId();
        return notify(cause, recipient, channels, templateId, variables, attachments);
    }

    private Changes notify(String cause, Recipient recipient, List<Channel> channels, String templateId,
            Map<String, String> variables, List<Attachment> attachments) {
        outbound.add(new Outbound.Notify(requestId, recipient, channels, templateId, variables,
                cause + "/" + templateId + "/" + recipient.id(), attachments));
        return this;
    }

    public Changes notifyCustomer(String templateId, Map<String, String> variables) {
        return notifyCustomer(templateId, variables, List.of());
    }

    /** {@code attachments} travel with the email (e.g. a receipt); other channels ignore them. */
    public Changes notifyCustomer(String templateId, Map<String, String> variables, List<Attachment> attachments) {
        Recipient customer = new Recipient(state.snapshot().customerId(), Recipient.Kind.CUSTOMER, null, null);
        return notify(customer, CUSTOMER_CHANNELS, templateId, variables, attachments);
    }

    /**
     * A customer notification whose idempotency key derives from {@code cause} (e.g. a command's event id)
     * instead of the latest fact, for a message that must go once per command however often it is decided.
     */
    public Changes notifyCustomerOnce(String cause, String templateId, Map<String, String> variables) {
        Recipient customer = new Recipient(state.snapshot().customerId(), Recipient.Kind.CUSTOMER, null, null);
        return notify(cause, customer, CUSTOMER_CHANNELS, templateId, variables, List.of());
    }

    /** Every admin, in-app and by email: something needs a person who can act on it. */
    public Changes notifyAdmins(String templateId, Map<String, String> variables) {
        return notify(ADMINS, List.of(Channel.IN_APP, Channel.EMAIL), templateId, variables);
    }

    /** The request's agent, in-app; nobody while the request waits for an agent. */
    public Changes notifyAgent(String templateId, Map<String, String> variables) {
        String agentId = state.snapshot().agentId();
        return agentId == null ? this
                : notify(new Recipient(agentId, Recipient.Kind.AGENT, null, null), List.of(Channel.IN_APP), templateId,
                        variables);
    }

    /** A stable id for something created by this decision (a quote, a chat message). */
    public String derivedId(String what, int position) {
        return UUID.nameUUIDFromBytes((requestId + "/" + version + "/" + what + "/" + position)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Decision accept() {
        if (state == null) {
            throw new IllegalStateException("accepted a decision that created nothing for " + requestId);
        }
        RequestState result = state;
        if (!facts.isEmpty()) {
            SnapshotDraft versioned = new SnapshotDraft(result.snapshot());
            versioned.version = version;
            result = result.withSnapshot(versioned.build());
        }
        return new Decision.Accepted(result, List.copyOf(facts), List.copyOf(outbound));
    }
}
