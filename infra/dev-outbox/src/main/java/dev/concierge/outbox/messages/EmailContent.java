package dev.concierge.outbox.messages;

/** The parts of an email a reader checks: subject, plain-text part and HTML part (either may be absent). */
public record EmailContent(String subject, String text, String html) {
}
