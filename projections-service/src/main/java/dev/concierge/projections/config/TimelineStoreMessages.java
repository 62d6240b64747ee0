package dev.concierge.projections.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.projections.requests.persistence.MongoRequests;
import dev.concierge.projections.stores.application.StoreMessages;
import dev.concierge.projections.stores.domain.ConversationLine;
import dev.concierge.schemas.common.Money;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link StoreMessages} from the requests read model's timeline: the outreach facts that name the store
 * (their {@code message} is what the store was sent, opened by the timeline's reader) and the store's
 * replies. Read at query time, so no second copy of the texts is kept (and an erasure covers them).
 */
final class TimelineStoreMessages implements StoreMessages {

    static final String OUTREACH = "concierge.request.store-outreach-requested.v1";
    static final String REPLY = "concierge.request.store-quote-received.v1";

    private final MongoRequests requests;
    private final ObjectMapper json;

    TimelineStoreMessages(MongoRequests requests, ObjectMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @Override
    public List<ConversationLine> about(String requestId, String storeId) {
        List<ConversationLine> lines = new ArrayList<>();
        for (TimelineEntry fact : requests.timelineOf(requestId)) {
            if (!fact.type().equals(OUTREACH) && !fact.type().equals(REPLY)) {
                continue;
            }
            JsonNode data = parse(fact.dataJson());
            if (fact.type().equals(OUTREACH) && names(data.path("storeIds"), storeId)) {
                lines.add(ConversationLine.sent(requestId, fact.time(), text(data.path("message")),
                        data.path("round").asInt(), text(data.path("replyCode"))));
            } else if (fact.type().equals(REPLY) && storeId.equals(data.path("storeId").asText())) {
                lines.add(ConversationLine.received(requestId, fact.time(), text(data.path("rawText")),
                        data.path("available").asBoolean(), money(data.path("price"))));
            }
        }
        return lines;
    }

    private JsonNode parse(String dataJson) {
        try {
            return json.readTree(dataJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean names(JsonNode storeIds, String storeId) {
        for (JsonNode id : storeIds) {
            if (storeId.equals(id.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Money money(JsonNode node) {
        return node.isObject() ? new Money(node.path("amountMinor").asLong(), node.path("currency").asText()) : null;
    }
}
