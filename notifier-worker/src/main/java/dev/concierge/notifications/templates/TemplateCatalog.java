package dev.concierge.notifications.templates;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every template the notifier can render and the languages it is written in. Each (template,
 * language) is one Qute source, {@code templates/messages/<template id>/<language>.html}; the
 * variables a source uses are required unless listed here as optional, because their emitter leaves
 * them out when it has nothing to say (a rider not yet known).
 */
final class TemplateCatalog {

    /** The first one is the fallback for a language no template is written in. */
    static final List<String> LANGUAGES = List.of("en", "hi");

    static final Map<String, Set<String>> OPTIONAL_VARIABLES = Map.ofEntries(
            Map.entry("request.received", Set.of()),
            Map.entry("request.needs-info", Set.of()),
            Map.entry("request.needs-info-reminder", Set.of()),
            Map.entry("request.unavailable", Set.of()),
            Map.entry("request.quote", Set.of()),
            Map.entry("request.quote-expired", Set.of()),
            Map.entry("request.payment-link", Set.of()),
            Map.entry("request.paid", Set.of()),
            Map.entry("request.payment-failed", Set.of()),
            Map.entry("request.payment-link-expired", Set.of()),
            Map.entry("request.payment-reminder", Set.of()),
            Map.entry("request.cancelled", Set.of()),
            Map.entry("request.refund-started", Set.of()),
            Map.entry("request.refunded", Set.of()),
            // the processor sends a rider and an ETA only once the agent knows them
            Map.entry("request.fulfilment", Set.of("riderName", "eta")),
            Map.entry("request.delivered", Set.of()),
            Map.entry("store.pack-order", Set.of()),
            Map.entry("store.outreach", Set.of()),
            Map.entry("agent.request-assigned", Set.of()),
            Map.entry("agent.payment-received", Set.of()),
            Map.entry("admin.request-unstaffed", Set.of()),
            Map.entry("admin.sla-breached", Set.of()),
            Map.entry("admin.refund-failed", Set.of()),
            Map.entry("admin.payment-amount-mismatch", Set.of()),
            Map.entry("staff.payment-command-rejected", Set.of()),
            // empty when the store has no open outreach at all
            Map.entry("admin.store-message-unmatched", Set.of("openRequests")),
            // projections-service: the daily operations and financial report, files attached
            Map.entry("admin.daily-report", Set.of()),
            Map.entry("auth.otp", Set.of()),
            Map.entry("auth.password-reset", Set.of()),
            Map.entry("auth.staff-invitation", Set.of()));

    private TemplateCatalog() {
    }

    static Set<String> templateIds() {
        return OPTIONAL_VARIABLES.keySet();
    }

    static String sourcePath(String templateId, String language) {
        return "templates/messages/" + templateId + "/" + language + ".html";
    }
}
