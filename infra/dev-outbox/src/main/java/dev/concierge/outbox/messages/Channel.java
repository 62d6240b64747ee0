package dev.concierge.outbox.messages;

/** How a recorded message travelled; Twilio tells WhatsApp from SMS by the {@code whatsapp:} prefix. */
public enum Channel {
    WHATSAPP, SMS, EMAIL, PUSH
}
