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

    static final Map<String, Set<String>> OPTIONAL_VARIABLES = Map.of(
            "request.received", Set.of(),
            "auth.otp", Set.of());

    private TemplateCatalog() {
    }

    static Set<String> templateIds() {
        return OPTIONAL_VARIABLES.keySet();
    }

    static String sourcePath(String templateId, String language) {
        return "templates/messages/" + templateId + "/" + language + ".html";
    }
}
