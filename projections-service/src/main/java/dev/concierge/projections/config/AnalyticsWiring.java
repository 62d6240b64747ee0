package dev.concierge.projections.config;

import com.mongodb.MongoException;
import dev.concierge.projections.analytics.application.AnalyticsReading;
import dev.concierge.projections.analytics.application.AnswerCache;
import dev.concierge.projections.analytics.application.OpenRequests;
import dev.concierge.projections.analytics.domain.BusinessDays;
import dev.concierge.projections.analytics.messaging.AnalyticsRecords;
import dev.concierge.projections.analytics.persistence.MongoRequestMetrics;
import dev.concierge.projections.analytics.persistence.RedisAnswerCache;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.requests.application.RequestReading;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.EventCodec;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.redisson.api.RedissonClient;

/** Wires the analytics: {@code request_metrics}, its consumers' sink, the Redis answer cache and the reading side. */
@ApplicationScoped
public class AnalyticsWiring {

    private static final Logger LOG = Logger.getLogger(AnalyticsWiring.class);
    /** Who the analytics count open requests as: staff see every request. */
    private static final Viewer EVERY_REQUEST = new Viewer("analytics", Viewer.Role.ADMIN);

    @Produces
    @Singleton
    AnswerCache analyticsCache(RedissonClient redis, EventCodec codec,
            @ConfigProperty(name = "concierge.analytics.cache-lifetime") Duration lifetime) {
        return new RedisAnswerCache(redis, codec.mapper(), lifetime);
    }

    @Produces
    @Singleton
    AnalyticsProjector analyticsProjector(EventCodec codec, AnswerCache cache) {
        return new AnalyticsProjector(codec, cache);
    }

    @Produces
    @Singleton
    AnalyticsRecords liveAnalyticsRecords(AnalyticsProjector projector, ReadModelDatabase database) {
        return projector.into(database, true);
    }

    @Produces
    @Singleton
    BusinessDays businessDays(@ConfigProperty(name = "concierge.analytics.zone") ZoneId zone) {
        return new BusinessDays(zone);
    }

    @Produces
    @Singleton
    AnalyticsReading analyticsReading(ReadModelDatabase database, RequestReading requests, AnswerCache cache,
            BusinessDays days) {
        return new AnalyticsReading(new MongoRequestMetrics(database), openRequests(requests), cache, days,
                Clock.systemUTC());
    }

    /** The inbox's counts per status (the requests read model, as an admin sees it), open statuses only. */
    private static OpenRequests openRequests(RequestReading requests) {
        return () -> {
            Map<RequestStatus, Long> counts = requests.list(new RequestFilter(Set.of(), null, null, null, null, null,
                    null, 1, null), EVERY_REQUEST).orElseThrow().counts();
            Map<String, Long> open = new TreeMap<>();
            for (RequestStatus status : RequestStatus.values()) {
                if (status.isOpen()) {
                    open.put(status.name(), counts.getOrDefault(status, 0L));
                }
            }
            return open;
        };
    }

    void declareIndexes(@Observes StartupEvent started, AnalyticsProjector projector, ReadModelDatabase database) {
        try {
            projector.declareIndexes(database.get());
        } catch (MongoException unreachable) {
            // the service still starts (readiness says MongoDB is DOWN); the indexes only speed up reads
            LOG.warnf("analytics indexes not declared yet, MongoDB did not answer: %s", unreachable.getMessage());
        }
    }
}
