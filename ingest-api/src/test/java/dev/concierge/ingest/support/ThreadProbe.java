package dev.concierge.ingest.support;

import io.quarkus.runtime.BlockingOperationControl;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Test-only filters that note, for a request carrying a {@code Thread-Probe} header, on which thread
 * the last request filter (right before the resource method, after every filter that waited for
 * Redis) and the response filters ran, and whether that thread may block. Requests without the
 * header are left alone.
 */
public class ThreadProbe {

    public static final String HEADER = "Thread-Probe";
    private static final Map<String, Seen> BEFORE_RESOURCE = new ConcurrentHashMap<>();
    private static final Map<String, Seen> RESPONSE_FILTERS = new ConcurrentHashMap<>();

    /** A thread by name, and whether blocking was allowed on it (false on a Vert.x event loop). */
    public record Seen(String thread, boolean blockingAllowed) {

        static Seen now() {
            return new Seen(Thread.currentThread().getName(), BlockingOperationControl.isBlockingAllowed());
        }

        public boolean onEventLoop() {
            return !blockingAllowed && thread.startsWith("vert.x-eventloop-thread");
        }
    }

    public static Seen beforeResource(String probe) {
        return BEFORE_RESOURCE.get(probe);
    }

    public static Seen inResponseFilters(String probe) {
        return RESPONSE_FILTERS.get(probe);
    }

    @ServerRequestFilter(priority = Priorities.USER + 1000)
    public void beforeResource(ContainerRequestContext request) {
        String probe = request.getHeaderString(HEADER);
        if (probe != null) {
            BEFORE_RESOURCE.put(probe, Seen.now());
        }
    }

    @ServerResponseFilter
    public void inResponseFilters(ContainerRequestContext request) {
        String probe = request.getHeaderString(HEADER);
        if (probe != null) {
            RESPONSE_FILTERS.put(probe, Seen.now());
        }
    }
}
