package dev.concierge.notifications.templates;

import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;

/**
 * The page around every email (document, styles, signature in the recipient's language), from one
 * source like the templates: {@code templates/messages/email-frame.html}. The body it wraps has
 * been rendered, and escaped, already.
 */
final class EmailFrame {

    static final String PATH = "templates/messages/email-frame.html";

    private final Template html;
    private final Template text;

    EmailFrame(Engine engine, String source) {
        this.html = engine.parse(source, Variant.forContentType(Variant.TEXT_HTML), PATH);
        this.text = engine.parse(EmailText.fromHtmlSource(source), Variant.forContentType(Variant.TEXT_PLAIN),
                PATH + "#text");
    }

    String html(String language, String subject, String escapedBody) {
        return html.data("lang", language).data("subject", subject).data("body", new RawString(escapedBody))
                .render().strip();
    }

    String text(String language, String body) {
        return text.data("lang", language).data("body", body).render().strip();
    }
}
