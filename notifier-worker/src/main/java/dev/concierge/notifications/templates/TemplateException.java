package dev.concierge.notifications.templates;

/**
 * A template that cannot be rendered. {@link #reason()} is what the {@code NotificationFailed}
 * says, e.g. {@code missing-variable: quoteAmount}; it never contains a variable's value.
 */
public final class TemplateException extends RuntimeException {

    private final String reason;

    private TemplateException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public static TemplateException unknownTemplate(String templateId) {
        return new TemplateException("unknown-template: " + templateId);
    }

    public static TemplateException missingVariable(String templateId, String variable) {
        return new TemplateException("missing-variable: " + variable + " (template " + templateId + ")");
    }

    public String reason() {
        return reason;
    }
}
