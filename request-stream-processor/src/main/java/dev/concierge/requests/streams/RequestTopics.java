package dev.concierge.requests.streams;

import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.stores.StoreEvent;
import dev.concierge.schemas.stores.StoreInbound;
import java.util.List;

/**
 * The catalog topics this processor reads and writes. Tests give every topic a unique prefix so
 * that runs sharing one broker never see each other's records.
 */
public record RequestTopics(
        Topic<RequestCommand> commands,
        Topic<RequestEvent> events,
        Topic<RequestSnapshot> state,
        Topic<ChatEvent> chat,
        Topic<?> enrichmentCommands,
        Topic<EnrichmentResult> enrichmentResults,
        Topic<?> paymentCommands,
        Topic<PaymentEvent> paymentEvents,
        Topic<?> notificationCommands,
        Topic<?> outreachCommands,
        Topic<StoreInbound> storesInbound,
        Topic<StoreEvent> storesEvents,
        Topic<AgentEvent> agentsEvents) {

    public static RequestTopics standard() {
        return new RequestTopics(Topics.REQUESTS_COMMANDS, Topics.REQUESTS_EVENTS, Topics.REQUESTS_STATE,
                Topics.CHAT_MESSAGES, Topics.ENRICHMENT_COMMANDS, Topics.ENRICHMENT_RESULTS, Topics.PAYMENTS_COMMANDS,
                Topics.PAYMENTS_EVENTS, Topics.NOTIFICATIONS_COMMANDS, Topics.OUTREACH_COMMANDS, Topics.STORES_INBOUND,
                Topics.STORES_EVENTS, Topics.AGENTS_EVENTS);
    }

    /** The same topics named {@code prefix + name}, e.g. for one test run. */
    public RequestTopics prefixed(String prefix) {
        return new RequestTopics(commands.withName(prefix + commands.name()), events.withName(prefix + events.name()),
                state.withName(prefix + state.name()), chat.withName(prefix + chat.name()),
                enrichmentCommands.withName(prefix + enrichmentCommands.name()),
                enrichmentResults.withName(prefix + enrichmentResults.name()),
                paymentCommands.withName(prefix + paymentCommands.name()),
                paymentEvents.withName(prefix + paymentEvents.name()),
                notificationCommands.withName(prefix + notificationCommands.name()),
                outreachCommands.withName(prefix + outreachCommands.name()),
                storesInbound.withName(prefix + storesInbound.name()), storesEvents.withName(prefix + storesEvents.name()),
                agentsEvents.withName(prefix + agentsEvents.name()));
    }

    public List<Topic<?>> all() {
        return List.of(commands, events, state, chat, enrichmentCommands, enrichmentResults, paymentCommands,
                paymentEvents, notificationCommands, outreachCommands, storesInbound, storesEvents, agentsEvents);
    }

    /** The topics records come in from; each has a dead-letter topic for records that cannot be handled. */
    public List<Topic<?>> inputs() {
        return List.of(commands, enrichmentResults, paymentEvents, chat, storesInbound, storesEvents, agentsEvents, events,
                state);
    }

    /** What {@link #prefixed} put in front of every name; empty for the standard topics. */
    public String prefix() {
        String name = commands.name();
        return name.substring(0, name.length() - Topics.REQUESTS_COMMANDS.name().length());
    }

    /** Partitions of the request-keyed topics; internal request-keyed topics must match them. */
    public int requestPartitions() {
        return commands.partitions();
    }
}
