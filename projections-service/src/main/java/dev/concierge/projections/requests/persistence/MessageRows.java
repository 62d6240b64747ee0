package dev.concierge.projections.requests.persistence;

import dev.concierge.projections.privacy.domain.KeyOwner;
import dev.concierge.projections.privacy.domain.PersonalFields;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.requests.domain.ChatMessage;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** A {@link ChatMessage} as a row of {@code messages} (its text sealed under the request's key), and back. */
final class MessageRows {

    /** Set by read receipts ({@link MongoReadReceipts}), absent until one covers the message. */
    static final String READ_BY_CUSTOMER = "readByCustomerAt";
    static final String READ_BY_STAFF = "readByStaffAt";

    private MessageRows() {
    }

    static Document toRow(ChatMessage message, FieldSealer sealer) {
        List<Document> attachments = message.attachments().stream()
                .map(a -> new Document("mediaId", a.mediaId()).append("url", a.url()).append("contentType", a.contentType()))
                .toList();
        Document row = new Document("_id", message.eventId())
                .append("messageId", message.messageId())
                .append("requestId", message.requestId())
                .append("author", message.author().name())
                .append("authorId", message.authorId())
                .append("channel", message.channel() == null ? null : message.channel().name())
                .append("text", message.text())
                .append("attachments", attachments)
                .append("postedAt", Date.from(message.postedAt()))
                .append("postedAtText", message.postedAt().toString());
        // the request's owner may not be known yet: the request's key learns it from the snapshot
        sealer.seal(row, KeyOwner.request(message.requestId(), null), PersonalFields.OF_MESSAGE);
        return row;
    }

    static ChatMessage fromRow(Document row, FieldSealer sealer) {
        boolean erased = sealer.open(row, PersonalFields.OF_MESSAGE);
        List<Attachment> attachments = row.getList("attachments", Document.class).stream()
                .map(a -> new Attachment(a.getString("mediaId"), a.getString("url"), a.getString("contentType")))
                .toList();
        String channel = row.getString("channel");
        return new ChatMessage(row.getString("_id"), row.getString("messageId"), row.getString("requestId"),
                Author.valueOf(row.getString("author")), row.getString("authorId"),
                channel == null ? null : Channel.valueOf(channel), row.getString("text"), attachments,
                Instant.parse(row.getString("postedAtText")), erased, instant(row.getDate(READ_BY_CUSTOMER)),
                instant(row.getDate(READ_BY_STAFF)));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
