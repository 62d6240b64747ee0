package dev.concierge.requests.streams;

/** A store's WhatsApp message after matching it against the store's open outreach. */
sealed interface Correlation {

    /** For one request; goes to the request's partition through an internal topic. */
    record Matched(String requestId, String storeId, String text, String eventId) implements Correlation {
    }

    /** No or several open requests fit; an admin looks at it (the notification is ready to send). */
    record Unmatched(Outgoing adminNotification) implements Correlation {
    }
}
