package dev.concierge.notifications.templates;

import dev.concierge.schemas.common.Channel;
import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Variant;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * {@link MessageTemplates} on Qute. Every template of the catalog is loaded and checked at start-up,
 * so a broken or missing source stops the service instead of failing a customer's message later.
 * The engine is built here rather than taken from Quarkus, so that strict rendering and HTML
 * escaping cannot be switched off by a configuration property.
 */
@ApplicationScoped
@Startup
public class QuteMessageTemplates implements MessageTemplates {

    private static final Logger LOG = Logger.getLogger(QuteMessageTemplates.class);
    private static final String FALLBACK = TemplateCatalog.LANGUAGES.get(0);

    private final Map<String, LocalizedTemplate> templates = new HashMap<>();
    private final EmailFrame frame;
    private final ContentSids contentSids;

    @Inject
    QuteMessageTemplates(Config config) {
        this(new ContentSids(name -> config.getOptionalValue(name, String.class), !ConfigUtils.isProfileActive("prod")));
    }

    QuteMessageTemplates(ContentSids contentSids) {
        this.contentSids = contentSids;
        Engine engine = strictEngine();
        this.frame = new EmailFrame(engine, source(EmailFrame.PATH));
        for (String language : TemplateCatalog.LANGUAGES) {
            for (Map.Entry<String, Set<String>> template : TemplateCatalog.OPTIONAL_VARIABLES.entrySet()) {
                String id = template.getKey();
                String source = source(TemplateCatalog.sourcePath(id, language));
                templates.put(key(id, language), new LocalizedTemplate(engine, id, language, source, template.getValue()));
                if (contentSids.sidFor(id, language).isEmpty()) {
                    LOG.warnf("no WhatsApp Content SID for %s: set %s, or a WhatsApp outside the 24-hour window"
                            + " cannot use this template", id + "." + language, ContentSids.propertyName(id, language));
                }
            }
        }
    }

    @Override
    public RenderedMessage render(String templateId, Channel channel, String language, Map<String, String> variables) {
        Objects.requireNonNull(channel, "channel");
        String lang = supported(language);
        LocalizedTemplate template = templates.get(key(templateId, lang));
        if (template == null) {
            throw TemplateException.unknownTemplate(templateId);
        }
        return template.render(channel, variables == null ? Map.of() : variables,
                contentSids.sidFor(templateId, lang), frame);
    }

    /** Values HTML-escaped in HTML sources, and an expression without a value is an error, not "". */
    static Engine strictEngine() {
        return Engine.builder().addDefaults().strictRendering(true).removeStandaloneLines(true)
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();
    }

    /** The template as loaded, for checks that look inside (which variables, in which WhatsApp order). */
    LocalizedTemplate template(String templateId, String language) {
        return templates.get(key(templateId, language));
    }

    /** "hi", "hi-IN" and "HI" are Hindi; anything not written (or no language at all) is English. */
    static String supported(String language) {
        if (language == null) {
            return FALLBACK;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return TemplateCatalog.LANGUAGES.contains(primary) ? primary : FALLBACK;
    }

    private static String key(String templateId, String language) {
        return templateId + "/" + language;
    }

    private static String source(String path) {
        try (InputStream in = QuteMessageTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("template source " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
