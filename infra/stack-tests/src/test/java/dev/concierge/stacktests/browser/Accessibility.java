package dev.concierge.stacktests.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core's automated accessibility check, run inside the page as it is shown. The script is the
 * {@code axe-core} npm package the web front end's build installs (projections-service/src/main/webui,
 * a dev dependency kept for this check), so no second copy lives here.
 */
public final class Accessibility {

    static final Path AXE = Path.of(System.getProperty("user.dir")).resolve(
            "../../projections-service/src/main/webui/node_modules/axe-core/axe.min.js").normalize();

    /** A phone's and a desktop's width (issue 15: every page works at 375 px and at 1440 px). */
    public static final int[] WIDTHS = {375, 1440};

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

    /** {@link #problemsAt} at each of {@link #WIDTHS}, narrowest first, and the window left at the widest. */
    public static List<String> problemsAtEveryWidth(Browser browser, String what) {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            problems.addAll(problemsAt(browser, what, width));
        }
        return problems;
    }

    /**
     * What a person would trip over on the page as it is shown now, at {@code width} px wide (the window is
     * resized first; a resize re-lays the page out, nothing is reloaded): horizontal overflow, serious or
     * critical axe-core violations, and console errors logged since the last look. Each problem is one line
     * naming {@code what} (a page, or a dialog open on it) and the width; a screenshot of it is kept.
     */
    public static List<String> problemsAt(Browser browser, String what, int width) {
        browser.resize(width, 900);
        browser.screenshot(what + "-" + width);
        List<String> problems = new ArrayList<>();
        String at = what + " at " + width + " px";
        long overflow = (Long) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (overflow > 0) {
            problems.add(at + " is " + overflow + " px wider than the window");
        }
        seriousViolations(browser).forEach(v -> problems.add(at + ": axe " + v.impact() + " " + v.id()
                + " (" + v.help() + ") at " + v.targets()));
        browser.consoleErrors().forEach(error -> problems.add(at + ": console: " + error));
        return problems;
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
