package dev.concierge.outbox.email;

import dev.concierge.outbox.messages.Channel;
import dev.concierge.outbox.messages.Direction;
import dev.concierge.outbox.messages.EmailContent;
import dev.concierge.outbox.messages.Media;
import dev.concierge.outbox.messages.OutboxMessage;
import dev.concierge.outbox.messages.Texts;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a received MIME message into an outbox entry: the first text/plain and text/html parts that are
 * not attachments, and every attachment's name, type and decoded size (the bytes themselves are dropped).
 */
final class EmailReader {

    private EmailReader() {
    }

    static OutboxMessage read(String id, MimeMessage mime, String envelopeFrom, List<String> recipients, Instant time)
            throws MessagingException, IOException {
        Parts parts = new Parts();
        collect(mime, parts);
        String subject = mime.getSubject();
        String from = mime.getFrom() != null && mime.getFrom().length > 0
                ? ((InternetAddress) mime.getFrom()[0]).getAddress()
                : envelopeFrom;
        String body = Texts.joinNonBlank(subject, parts.text);
        return new OutboxMessage(id, Channel.EMAIL, Direction.OUTBOUND, from, String.join(", ", recipients), body,
                parts.attachments, null, new EmailContent(subject, parts.text, parts.html), null, "received", null,
                time);
    }

    private static void collect(Part part, Parts parts) throws MessagingException, IOException {
        if (isAttachment(part)) {
            parts.attachments.add(Media.attachment(part.getFileName(), baseType(part), decodedSize(part)));
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, parts);
            }
        } else if (part.isMimeType("text/plain") && parts.text == null) {
            parts.text = part.getContent().toString();
        } else if (part.isMimeType("text/html") && parts.html == null) {
            parts.html = part.getContent().toString();
        } else if (!part.isMimeType("text/*")) {
            // an inline part without a file name (an embedded image): still something the sender attached
            parts.attachments.add(Media.attachment(null, baseType(part), decodedSize(part)));
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || (part.getFileName() != null && !part.isMimeType("multipart/*"));
    }

    private static String baseType(Part part) throws MessagingException {
        return new ContentType(part.getContentType()).getBaseType().toLowerCase();
    }

    private static long decodedSize(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static final class Parts {
        private String text;
        private String html;
        private final List<Media> attachments = new ArrayList<>();
    }
}
