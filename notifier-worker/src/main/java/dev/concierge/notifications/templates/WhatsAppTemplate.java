package dev.concierge.notifications.templates;

import java.util.Map;

/**
 * A WhatsApp template approved by Meta, named by its Twilio Content SID, with its numbered
 * variables ({@code "1"}, {@code "2"}, …). Outside the 24-hour customer-service window nothing
 * else may be sent.
 */
public record WhatsAppTemplate(String contentSid, Map<String, String> variables) {

    public WhatsAppTemplate {
        variables = Map.copyOf(variables);
    }
}
