package dev.concierge.requests.streams;

import dev.concierge.requests.assignment.RosterInputs;
import dev.concierge.requests.assignment.Zones;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.requests.RequestEvent;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Re-keys the request facts the roster needs by the request's zone. Only the creation carries the
 * delivery address, so the zone of every open request is kept here (one small entry each, in the
 * request's partition) and forgotten when the request closes.
 */
final class RequestZoneRouter implements Processor<String, CloudEvent<Object>, String, CloudEvent<Object>> {

    private final Zones zones;
    private ProcessorContext<String, CloudEvent<Object>> context;
    private KeyValueStore<String, String> zoneOfRequest;

    RequestZoneRouter(Zones zones) {
        this.zones = zones;
    }

    @Override
    public void init(ProcessorContext<String, CloudEvent<Object>> context) {
        this.context = context;
        this.zoneOfRequest = context.getStateStore(RequestTopology.REQUEST_ZONES);
    }

    @Override
    public void process(Record<String, CloudEvent<Object>> record) {
        Object data = record.value().data();
        String requestId = ((RequestEvent) data).requestId();
        String zone;
        if (data instanceof RequestEvent.RequestCreated created) {
            zone = zones.ofCity(created.deliveryAddress() == null ? null : created.deliveryAddress().city());
            zoneOfRequest.put(requestId, zone);
        } else {
            String known = zoneOfRequest.get(requestId);
            // a request created before zones were kept was decided by the default zone
            zone = known == null ? zones.defaultZone() : known;
        }
        if (RosterInputs.closesWork(data)) {
            zoneOfRequest.delete(requestId);
        }
        context.forward(record.withKey(zone));
    }
}
