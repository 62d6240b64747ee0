package dev.concierge.notifications.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The emitters expose no list of their template ids, so their sources are read: a string literal
 * shaped like a template id ({@code "request.quote"}, {@code "auth.otp"}) in the main code of a
 * module that sends Notify commands. A new one without a template here fails this test before a
 * customer gets a NotificationFailed instead of a message.
 */
class EmittedTemplateIdsTest {

    /**
     * Modules that put Notify on notifications.commands. (payment-worker sends none: the processor tells
     * people about payments; its sources name Razorpay's event types, such as "payment.captured".)
     */
    private static final List<String> EMITTERS = List.of("request-stream-processor", "ingest-api",
            "projections-service");
    /** Topic names ("requests.events") are plural and do not match. */
    private static final Pattern TEMPLATE_ID = Pattern.compile(
            "\"((?:request|store|agent|admin|auth|customer|staff|payment)\\.[a-z]+(?:-[a-z]+)*)\"");

    @Test
    void every_template_id_in_the_emitters_sources_is_in_the_table_and_has_a_template() {
        Set<String> inSources = templateIdsInSources();

        assertThat(inSources).as("template ids the emitters' sources name")
                .containsExactlyInAnyOrderElementsOf(EmittedTemplates.emittedIds());
        assertThat(TemplateCatalog.templateIds()).containsAll(inSources);
    }

    @Test
    void the_scan_finds_template_ids_in_the_shapes_the_emitters_write_them() {
        String processor = "changes.notifyCustomer(\"request.quote\", Map.of(\"quoteId\", quoteId));";
        String ingest = "public static final String OTP_TEMPLATE = \"auth.otp\";";
        String topic = "record.topic().equals(\"requests.events\")";

        assertThat(idsIn(processor + "\n" + ingest + "\n" + topic)).containsExactlyInAnyOrder("request.quote", "auth.otp");
    }

    private static Set<String> templateIdsInSources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        Set<String> ids = new TreeSet<>();
        for (String module : EMITTERS) {
            Path sources = root.resolve(module).resolve("src/main/java");
            assertThat(sources).as("%s sources", module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> ids.addAll(idsIn(read(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    private static Set<String> idsIn(String source) {
        Set<String> ids = new TreeSet<>();
        Matcher m = TEMPLATE_ID.matcher(source);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
