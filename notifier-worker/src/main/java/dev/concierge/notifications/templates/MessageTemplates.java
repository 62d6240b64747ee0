package dev.concierge.notifications.templates;

import dev.concierge.schemas.common.Channel;
import java.util.Map;

/**
 * Every message the platform sends, by template id (the {@code templateId} of a {@code Notify}),
 * channel and language. A template renders completely or not at all: a variable it needs and was
 * not given is a {@link TemplateException} naming it, never "null" in a customer's message.
 */
public interface MessageTemplates {

    /**
     * @param language the recipient's language (a BCP 47 tag such as {@code en} or {@code hi}); a
     *                 language the template is not written in falls back to English
     * @throws TemplateException for an unknown template or a missing variable
     */
    RenderedMessage render(String templateId, Channel channel, String language, Map<String, String> variables);
}
