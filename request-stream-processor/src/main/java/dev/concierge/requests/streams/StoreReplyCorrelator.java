package dev.concierge.requests.streams;

import dev.concierge.requests.sourcing.ReplyCodes;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.kafka.CloudEventSerializer;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.stores.StoreInbound;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Finds the request a store's message is about: the one whose reply code the message quotes, or
 * the store's only open outreach. Anything else is shown to an admin rather than guessed.
 */
final class StoreReplyCorrelator implements Processor<String, Decoded.Valid, String, Correlation> {

    private static final Recipient ADMINS = new Recipient("admins", Recipient.Kind.ADMIN, null, null);

    private final RequestTopics topics;
    private final Clock clock;
    private final CloudEventSerializer<Object> serializer = new CloudEventSerializer<>();
    private ProcessorContext<String, Correlation> context;
    private ReadOnlyKeyValueStore<String, OutreachRecord> history;

    StoreReplyCorrelator(RequestTopics topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Correlation> context) {
        this.context = context;
        this.history = context.getStateStore(RequestTopology.OUTREACH_HISTORY);
    }

    @Override
    public void process(Record<String, Decoded.Valid> record) {
        CloudEvent<?> event = record.value().event();
        StoreInbound.StoreMessageReceived message = (StoreInbound.StoreMessageReceived) event.data();
        String text = message.body().isBlank() ? "[" + message.mediaUrls().size() + " photo(s)]" : message.body();
        List<OutreachRecord> open = GlobalStoreCatalog.outreachOf(history, message.storeId()).stream()
                .filter(OutreachRecord::open).toList();
        Set<String> quotedCodes = ReplyCodes.findIn(text);
        List<OutreachRecord> byCode = open.stream().filter(o -> quotedCodes.contains(o.replyCode())).toList();
        if (byCode.size() == 1 || byCode.isEmpty() && open.size() == 1) {
            String requestId = (byCode.size() == 1 ? byCode : open).get(0).requestId();
            context.forward(record.withKey(requestId)
                    .withValue(new Correlation.Matched(requestId, message.storeId(), text, event.id())));
            return;
        }
        // notifications are keyed by recipient
        context.forward(record.withKey(ADMINS.id())
                .withValue(new Correlation.Unmatched(notifyAdmins(message, text, open, event.id()))));
    }

    private Outgoing notifyAdmins(StoreInbound.StoreMessageReceived message, String text, List<OutreachRecord> open,
            String causeId) {
        String candidates = String.join(",", open.stream().map(OutreachRecord::requestId).toList());
        NotificationCommand.Notify notify = new NotificationCommand.Notify(ADMINS, List.of(Channel.IN_APP),
                "admin.store-message-unmatched",
                Map.of("storeId", message.storeId(), "text", text, "openRequests", candidates),
                causeId + "/admin.store-message-unmatched", null);
        String id = UUID.nameUUIDFromBytes((causeId + "/unmatched").getBytes(StandardCharsets.UTF_8)).toString();
        CloudEvent<Object> envelope = CloudEvent.of(id, RequestAggregateProcessor.SOURCE, clock.instant(),
                message.storeId(), notify);
        String topic = topics.notificationCommands().name();
        return new Outgoing(topic, serializer.serialize(topic, new RecordHeaders(), envelope));
    }
}
