package dev.concierge.schemas.catalog;

import static dev.concierge.schemas.catalog.CleanupPolicy.COMPACT;
import static dev.concierge.schemas.catalog.CleanupPolicy.DELETE;

import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.enrichment.EnrichmentCommand;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.forecasts.DemandForecast;
import dev.concierge.schemas.media.MediaEvent;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.notifications.NotificationEvent;
import dev.concierge.schemas.outreach.OutreachCommand;
import dev.concierge.schemas.payments.PaymentCommand;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.payments.PaymentWebhook;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.staff.StaffEvent;
import dev.concierge.schemas.stores.StoreEvent;
import dev.concierge.schemas.stores.StoreInbound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The topic catalog of the contract (ARCHITECTURE.md). Facts that projections rebuild from are
 * kept forever; commands and raw inputs only as long as a consumer could plausibly lag or replay.
 */
public final class Topics {

    /** Long enough to replay a week-end outage and re-run a consumer. */
    private static final Duration COMMANDS = Duration.ofDays(7);
    /** Raw gateway input is evidence in payment disputes and delivery complaints. */
    private static final Duration RAW_INPUT = Duration.ofDays(90);
    private static final Duration FOREVER = null;

    public static final Topic<ChatEvent> CHAT_MESSAGES = Topic.of("chat.messages", DELETE, FOREVER,
            ChatEvent.class, "request id",
            "Every chat message of a request: customer, agent, store replies and bot messages.");
    public static final Topic<RequestCommand> REQUESTS_COMMANDS = Topic.of("requests.commands", DELETE, COMMANDS,
            RequestCommand.class, "request id",
            "Intents from customers, agents and admins; the request processor turns each into facts or a CommandRejected.");
    public static final Topic<RequestEvent> REQUESTS_EVENTS = Topic.of("requests.events", DELETE, FOREVER,
            RequestEvent.class, "request id", "The facts of every request's life, in order.");
    public static final Topic<RequestSnapshot> REQUESTS_STATE = Topic.of("requests.state", COMPACT, FOREVER,
            RequestSnapshot.class, "request id", "Compacted: the latest full snapshot of each request.");
    public static final Topic<EnrichmentCommand> ENRICHMENT_COMMANDS = Topic.of("enrichment.commands", DELETE,
            COMMANDS, EnrichmentCommand.class, "request id", "Requests the AI enrichment worker must analyse.");
    public static final Topic<EnrichmentResult> ENRICHMENT_RESULTS = Topic.of("enrichment.results", DELETE,
            COMMANDS, EnrichmentResult.class, "request id",
            "What the AI worker made of a request; the request processor folds it into requests.events.");
    public static final Topic<PaymentCommand> PAYMENTS_COMMANDS = Topic.of("payments.commands", DELETE, COMMANDS,
            PaymentCommand.class, "request id", "Payment links and refunds the payment worker must create.");
    public static final Topic<PaymentEvent> PAYMENTS_EVENTS = Topic.of("payments.events", DELETE, FOREVER,
            PaymentEvent.class, "request id", "Payment facts from the gateway and the ledger.");
    public static final Topic<PaymentWebhook> PAYMENTS_WEBHOOKS = Topic.of("payments.webhooks", DELETE, RAW_INPUT,
            PaymentWebhook.class, "gateway entity id", "Raw, signature-verified payment gateway webhooks.");
    public static final Topic<NotificationCommand> NOTIFICATIONS_COMMANDS = Topic.of("notifications.commands",
            DELETE, COMMANDS, NotificationCommand.class, "recipient id",
            "Templated messages the notifier must send over the recipient's preferred channels.");
    // kept forever: projections-service rebuilds the notification history (delivery status per notification) from it
    public static final Topic<NotificationEvent> NOTIFICATIONS_EVENTS = Topic.of("notifications.events", DELETE,
            FOREVER, NotificationEvent.class, "recipient id (gateway message id for DeliveryStatusReported)",
            "Sent, delivered and failed notifications and the gateway's delivery status callbacks.");
    public static final Topic<OutreachCommand> OUTREACH_COMMANDS = Topic.of("outreach.commands", DELETE, COMMANDS,
            OutreachCommand.class, "request id", "WhatsApp messages asking stores whether they have an item.");
    public static final Topic<StoreInbound> STORES_INBOUND = Topic.of("stores.inbound", DELETE, RAW_INPUT,
            StoreInbound.class, "store id", "Inbound WhatsApp messages from stores.");
    public static final Topic<StoreEvent> STORES_EVENTS = Topic.of("stores.events", DELETE, FOREVER,
            StoreEvent.class, "store id", "The store directory: registrations, changes, availability.");
    public static final Topic<AgentEvent> AGENTS_EVENTS = Topic.of("agents.events", DELETE, FOREVER,
            AgentEvent.class, "agent id", "The agent directory: registrations, changes, online/offline.");
    public static final Topic<CustomerEvent> CUSTOMERS_EVENTS = Topic.of("customers.events", DELETE, FOREVER,
            CustomerEvent.class, "customer id", "Customer registrations, profiles, addresses, preferences and devices.");
    public static final Topic<StaffEvent> STAFF_EVENTS = Topic.of("staff.events", DELETE, FOREVER,
            StaffEvent.class, "staff id", "Staff accounts (admins and agents) and how to reach them; never credentials.");

    public static final Topic<DemandForecast> FORECASTS_DEMAND = Topic.of("forecasts.demand", COMPACT, FOREVER,
            DemandForecast.class, "category id",
            "Compacted: hourly requests per category and the forecast for the next 24 hours (ai-enrichment-worker).");

    // kept forever, like the media it describes: a new variant generator can replay every upload
    public static final Topic<MediaEvent> MEDIA_EVENTS = Topic.of("media.events", DELETE, FOREVER,
            MediaEvent.class, "media id",
            "Uploaded images (ingest-api, every path that stores one) and the resized variants made of them.");

    public static final List<Topic<?>> ALL = List.of(CHAT_MESSAGES, REQUESTS_COMMANDS, REQUESTS_EVENTS,
            REQUESTS_STATE, ENRICHMENT_COMMANDS, ENRICHMENT_RESULTS, PAYMENTS_COMMANDS, PAYMENTS_EVENTS,
            PAYMENTS_WEBHOOKS, NOTIFICATIONS_COMMANDS, NOTIFICATIONS_EVENTS, OUTREACH_COMMANDS, STORES_INBOUND,
            STORES_EVENTS, AGENTS_EVENTS, CUSTOMERS_EVENTS, STAFF_EVENTS, FORECASTS_DEMAND, MEDIA_EVENTS);

    private Topics() {
    }

    /** Every topic of the catalog followed by its dead-letter topic, in catalog order. */
    public static List<String> allNamesIncludingDlqs() {
        List<String> names = new ArrayList<>();
        for (Topic<?> topic : ALL) {
            names.add(topic.name());
            names.add(topic.dlqName());
        }
        return List.copyOf(names);
    }

    public static Optional<Topic<?>> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
