package dev.concierge.outbox.messages;

/**
 * A media URL of a WhatsApp/MMS message ({@code name} and {@code size} unknown), or an email attachment
 * ({@code url} absent: the outbox keeps names, types and sizes, not the bytes).
 */
public record Media(String url, String contentType, String name, Long size) {

    public static Media link(String url, String contentType) {
        return new Media(url, contentType, null, null);
    }

    public static Media attachment(String name, String contentType, long size) {
        return new Media(null, contentType, name, size);
    }
}
