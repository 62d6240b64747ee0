package dev.concierge.outbox.messages;

import java.util.Map;

/** A WhatsApp content template as Twilio takes it: the content SID and the variables filled in. */
public record Template(String contentSid, Map<String, String> variables) {

    public Template {
        variables = Map.copyOf(variables);
    }
}
