package dev.concierge.notifications.templates;

import dev.concierge.schemas.common.Channel;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One template in one language. Its source has the fragments {@code subject} (email subject, push
 * and in-app title), {@code text} (SMS, WhatsApp, push and in-app body), {@code email} (HTML) and,
 * where {@code text} has sections, {@code whatsapp}: the flat text of the approved WhatsApp template.
 * The source is parsed three times: as plain text, as HTML (Qute escapes every value) and, with its
 * markup turned into text, for the text part of an email.
 */
final class LocalizedTemplate {

    static final String SUBJECT = "subject";
    static final String TEXT = "text";
    static final String EMAIL = "email";
    static final String WHATSAPP = "whatsapp";

    private final String templateId;
    private final String language;
    private final Template plain;
    private final Template html;
    private final Template emailText;
    private final Set<String> required;
    private final Set<String> optional;
    private final List<String> whatsAppVariables;

    LocalizedTemplate(Engine engine, String templateId, String language, String source, Set<String> optional) {
        this.templateId = templateId;
        this.language = language;
        String name = TemplateCatalog.sourcePath(templateId, language);
        this.plain = engine.parse(source, Variant.forContentType(Variant.TEXT_PLAIN), name);
        this.html = engine.parse(source, Variant.forContentType(Variant.TEXT_HTML), name + "#html");
        this.emailText = engine.parse(EmailText.fromHtmlSource(source), Variant.forContentType(Variant.TEXT_PLAIN),
                name + "#text");
        for (String fragment : List.of(SUBJECT, TEXT, EMAIL)) {
            if (plain.getFragment(fragment) == null) {
                throw new IllegalStateException(name + " has no {#fragment id=" + fragment + "}");
            }
        }
        Set<String> used = variablesOf(plain.getExpressions());
        Set<String> maybe = new TreeSet<>(used);
        maybe.retainAll(optional);
        this.optional = Set.copyOf(maybe);
        Set<String> needed = new TreeSet<>(used);
        needed.removeAll(optional);
        this.required = Set.copyOf(needed);
        this.whatsAppVariables = whatsAppVariables(name);
    }

    /** Every variable the source reads, required or optional. */
    Set<String> variables() {
        Set<String> all = new TreeSet<>(required);
        all.addAll(optional);
        return all;
    }

    /** The variables of the approved WhatsApp template in the order its text uses them: {{1}}, {{2}}, … */
    List<String> whatsAppVariables() {
        return whatsAppVariables;
    }

    RenderedMessage render(Channel channel, Map<String, String> variables, Optional<String> contentSid,
            EmailFrame frame) {
        Map<String, Object> data = data(variables);
        String text = render(plain, TEXT, data);
        if (channel == Channel.EMAIL) {
            String subject = render(plain, SUBJECT, data);
            return new RenderedMessage(subject, frame.text(language, render(emailText, EMAIL, data)),
                    frame.html(language, subject, render(html, EMAIL, data)), null);
        }
        if (channel == Channel.WHATSAPP) {
            return new RenderedMessage(null, text, null, contentSid.map(sid -> whatsAppTemplate(sid, data)).orElse(null));
        }
        if (channel == Channel.SMS) {
            return new RenderedMessage(null, text, null, null);
        }
        return new RenderedMessage(render(plain, SUBJECT, data), text, null, null);
    }

    /** Formatted values; a required one that is absent or blank is missing, an absent optional one is empty. */
    private Map<String, Object> data(Map<String, String> variables) {
        Map<String, Object> data = new HashMap<>();
        for (String name : required) {
            String value = variables.get(name);
            if (value == null || value.isBlank()) {
                throw TemplateException.missingVariable(templateId, name);
            }
            data.put(name, VariableFormats.format(name, value, language));
        }
        for (String name : optional) {
            String value = variables.get(name);
            data.put(name, value == null || value.isBlank() ? "" : VariableFormats.format(name, value, language));
        }
        return data;
    }

    private WhatsAppTemplate whatsAppTemplate(String contentSid, Map<String, Object> data) {
        Map<String, String> numbered = new LinkedHashMap<>();
        for (int i = 0; i < whatsAppVariables.size(); i++) {
            // WhatsApp refuses a template variable with a line break, a tab or a run of spaces
            String value = (String) data.get(whatsAppVariables.get(i));
            numbered.put(Integer.toString(i + 1), value.replaceAll("\\s+", " ").strip());
        }
        return new WhatsAppTemplate(contentSid, numbered);
    }

    private static String render(Template template, String fragment, Map<String, Object> data) {
        var instance = template.getFragment(fragment).instance();
        data.forEach(instance::data);
        return instance.render().strip();
    }

    /**
     * An approved WhatsApp template is flat text with numbered variables: no sections, and no
     * optional variable (WhatsApp refuses an empty one). Checked when the template is loaded.
     */
    private List<String> whatsAppVariables(String name) {
        Template.Fragment source = plain.getFragment(WHATSAPP) != null ? plain.getFragment(WHATSAPP) : plain.getFragment(TEXT);
        if (!source.findNodes(node -> node.isSection() && node != source.getRootNode()).isEmpty()) {
            throw new IllegalStateException(name + ": the WhatsApp text (fragment " + source.getId()
                    + ") has sections; give the template a flat {#fragment id=" + WHATSAPP + "}");
        }
        List<Expression> ordered = source.getExpressions().stream()
                .sorted(Comparator.comparingInt((Expression e) -> e.getOrigin().getLine())
                        .thenComparingInt(e -> e.getOrigin().getLineCharacterStart()))
                .toList();
        Set<String> names = variablesOf(ordered);
        for (String variable : names) {
            if (optional.contains(variable)) {
                throw new IllegalStateException(name + ": the WhatsApp text uses the optional variable " + variable);
            }
        }
        return List.copyOf(names);
    }

    private static Set<String> variablesOf(List<Expression> expressions) {
        Set<String> names = new LinkedHashSet<>();
        for (Expression expression : expressions) {
            if (!expression.isLiteral() && !expression.hasNamespace()) {
                names.add(expression.getParts().get(0).getName());
            }
        }
        return names;
    }
}
