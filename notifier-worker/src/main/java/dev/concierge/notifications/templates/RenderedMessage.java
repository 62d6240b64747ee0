package dev.concierge.notifications.templates;

import dev.concierge.schemas.common.Nullable;

/**
 * One message ready for a channel. {@code subject} is an email's subject and a push or in-app
 * title; {@code html} is only rendered for email; {@code whatsAppTemplate} is the approved template
 * a WhatsApp outside the recipient's 24-hour window must use instead of {@code text}.
 */
public record RenderedMessage(
        @Nullable String subject,
        String text,
        @Nullable String html,
        @Nullable WhatsAppTemplate whatsAppTemplate) {
}
