package dev.concierge.stacktests.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * axe-core's automated accessibility check, run inside the page as it is shown. The script is the
 * {@code axe-core} npm package the web front end's build installs (projections-service/src/main/webui,
 * a dev dependency kept for this check), so no second copy lives here.
 */
public final class Accessibility {

    static final Path AXE = Path.of(System.getProperty("user.dir")).resolve(
            "../../projections-service/src/main/webui/node_modules/axe-core/axe.min.js").normalize();

    private static final ObjectMapper JSON = new ObjectMapper();

    // only what a person would be blocked by: axe's "serious" and "critical" impacts
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then((result) => done(JSON.stringify(result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                               targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))))
              .catch((e) => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), targets: [] }])));
            """;

    private Accessibility() {
    }

    /** The serious and critical violations on the page now (empty when there are none). */
    public static List<Violation> seriousViolations(Browser browser) {
        browser.script(axeSource());
        String answer = (String) browser.asyncScript(Duration.ofSeconds(60), RUN);
        try {
            return JSON.readValue(answer, new TypeReference<List<Violation>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("axe answered what is not its JSON: " + answer, e);
        }
    }

    private static String axeSource() {
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException(AXE + " is missing: build projections-service first (its npm install brings axe-core)", e);
        }
    }

    public record Violation(String id, String impact, String help, List<String> targets) {
    }
}
