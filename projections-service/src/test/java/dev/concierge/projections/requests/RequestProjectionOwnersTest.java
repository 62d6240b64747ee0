package dev.concierge.projections.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.requests.application.LiveChanges;
import dev.concierge.projections.requests.application.ReadReceipts;
import dev.concierge.projections.requests.application.RequestProjection;
import dev.concierge.projections.requests.application.RequestQueries;
import dev.concierge.projections.requests.application.RequestReadModel;
import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.projections.requests.domain.ReadReceipt;
import dev.concierge.projections.requests.domain.RequestDocument;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.RequestPage;
import dev.concierge.projections.requests.domain.SlaState;
import dev.concierge.projections.requests.domain.StoredRequest;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.projections.support.Journey;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each pushed chat message names its request's owner (who may see it). The owner comes from the snapshots the
 * projection has applied, so a busy conversation costs no read of its request per message.
 */
class RequestProjectionOwnersTest {

    private final StoredRequests stored = new StoredRequests();
    private final Pushes pushes = new Pushes();
    private final RequestProjection projection = new RequestProjection(new AcceptingReadModel(), stored,
            new NoReceipts(), pushes);

    @Test
    void a_message_after_its_requests_snapshot_names_the_owner_without_reading_the_request() {
        // given a request whose snapshot was applied
        Journey journey = new Journey("cus_owner", "agt_1", "groceries", "Bread", Instant.parse("2026-11-30T10:00:00Z"));
        RequestSnapshot snapshot = journey.snapshot(1, RequestStatus.NEW);
        projection.snapshot(snapshot, journey.at(1));
        stored.put(snapshot);
        int readsBefore = stored.reads;

        // when three messages of its conversation arrive
        for (int i = 0; i < 3; i++) {
            projection.message("evt_" + i, posted(journey, "msg_" + i, i), journey.at(i));
        }

        // then each push names the customer and the request was not read for it
        assertThat(pushes.owners).containsExactly("cus_owner", "cus_owner", "cus_owner");
        assertThat(stored.reads).isEqualTo(readsBefore);
    }

    @Test
    void a_message_before_any_snapshot_reads_the_owner_and_an_unknown_one_is_asked_again_later() {
        // given a request this projection has seen no snapshot of, and that the read model does not hold yet
        Journey journey = new Journey("cus_later", "agt_1", "groceries", "Eggs", Instant.parse("2026-11-30T10:00:00Z"));

        // when a message arrives (no owner known anywhere), then the snapshot is stored by another replica,
        // then a second message arrives
        projection.message("evt_a", posted(journey, "msg_a", 1), journey.at(1));
        stored.put(journey.snapshot(1, RequestStatus.NEW));
        projection.message("evt_b", posted(journey, "msg_b", 2), journey.at(2));
        projection.message("evt_c", posted(journey, "msg_c", 3), journey.at(3));

        // then the first push names nobody, the second reads and names the owner, the third remembers it
        assertThat(pushes.owners).containsExactly(null, "cus_later", "cus_later");
        assertThat(stored.reads).isEqualTo(2);
    }

    private static ChatMessagePosted posted(Journey journey, String messageId, long second) {
        return new ChatMessagePosted(messageId, journey.requestId, Author.CUSTOMER, journey.customerId, "hello",
                List.of(), journey.at(second), null);
    }

    private static final class StoredRequests implements RequestQueries {
        private final Map<String, RequestSnapshot> byId = new HashMap<>();
        private int reads;

        void put(RequestSnapshot snapshot) {
            byId.put(snapshot.requestId(), snapshot);
        }

        @Override
        public Optional<StoredRequest> byId(String requestId) {
            reads++;
            return Optional.ofNullable(byId.get(requestId)).map(snapshot -> new StoredRequest(snapshot, false));
        }

        @Override
        public Optional<ChatMessage> message(String eventId) {
            return Optional.empty();
        }

        @Override
        public RequestPage list(RequestFilter filter, SlaState.Window sla) {
            throw new UnsupportedOperationException("not read here");
        }

        @Override
        public List<TimelineEntry> timelineOf(String requestId) {
            throw new UnsupportedOperationException("not read here");
        }

        @Override
        public List<ChatMessage> messagesOf(String requestId) {
            throw new UnsupportedOperationException("not read here");
        }
    }

    private static final class AcceptingReadModel implements RequestReadModel {
        @Override
        public boolean save(RequestDocument document) {
            return true;
        }

        @Override
        public boolean append(TimelineEntry entry) {
            return true;
        }

        @Override
        public boolean append(ChatMessage message) {
            return true;
        }
    }

    private static final class NoReceipts implements ReadReceipts {
        @Override
        public boolean record(ReadReceipt receipt) {
            return false;
        }

        @Override
        public void messageArrived(ChatMessage message) {
        }
    }

    private static final class Pushes implements LiveChanges {
        private final List<String> owners = new ArrayList<>();

        @Override
        public void requestChanged(RequestSnapshot snapshot, Instant recordTime) {
        }

        @Override
        public void messagePosted(ChatMessage message, String ownerCustomerId, Instant recordTime) {
            owners.add(ownerCustomerId);
        }

        @Override
        public void messagesRead(ReadReceipt receipt, String ownerCustomerId, Instant recordTime) {
        }
    }
}
