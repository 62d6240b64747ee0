package dev.concierge.infra.demo;

import dev.concierge.infra.cli.Options;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the running dev stack answers: the ingest API, the projections (read side) and the dev outbox. */
public record DemoStack(String ingest, String projections, String outbox, String adminEmail, String adminPassword) {

    private static final DemoStack LOCAL = new DemoStack("http://127.0.0.1:8081", "http://127.0.0.1:8080",
            "http://127.0.0.1:8090", "admin@concierge.local", "concierge-admin");

    /** The dev stack on its fixed local ports with the dev admin, unless options or the environment say otherwise. */
    public static DemoStack from(Options options) {
        return new DemoStack(
                options.value("ingest", "CONCIERGE_INGEST_URL", LOCAL.ingest),
                options.value("projections", "CONCIERGE_PROJECTIONS_URL", LOCAL.projections),
                options.value("outbox", "DEV_OUTBOX_URL", LOCAL.outbox),
                options.value("admin-email", "CONCIERGE_ADMIN_EMAIL", LOCAL.adminEmail),
                options.value("admin-password", "CONCIERGE_ADMIN_PASSWORD", LOCAL.adminPassword));
    }

    /** The dev stack on its fixed local ports with the dev admin, whatever the environment says. */
    public static DemoStack local() {
        return LOCAL;
    }

    String outboxMessages(String to, String channel, int limit) {
        return outbox + "/api/messages?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8) + "&channel=" + channel
                + "&limit=" + limit;
    }
}
