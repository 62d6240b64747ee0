package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import dev.concierge.notifications.support.Messages;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bson.BsonString;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Acceptance 4: an email through the Quarkus Mailer to the outbox's SMTP server, HTML and text, with a PDF. */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EmailTest extends NotifierTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "concierge.media.database")
    String mediaDatabase;

    @Test
    void an_email_with_a_pdf_from_the_media_store_arrives_with_html_and_text_parts() {
        String mediaId = newId("med");
        // an upload as ingest-api stores it: GridFS bucket "media", the id as _id, the type in the metadata
        GridFSBuckets.create(mongo.getDatabase(mediaDatabase), "media").uploadFromStream(new BsonString(mediaId),
                mediaId, new ByteArrayInputStream(PDF),
                new GridFSUploadOptions().metadata(new Document("contentType", "application/pdf")));
        String agent = newId("agt");
        String email = agent + "@stores.example";
        String notificationId = newId("ntf");
        Notify notify = Messages.withAttachments(new Notify(new Recipient(agent, Recipient.Kind.AGENT, null, email),
                List.of(Channel.EMAIL), Messages.QUOTE, Messages.QUOTE_VARIABLES, notificationId, null),
                List.of(new Attachment(mediaId, null, "application/pdf")));

        publish(Topics.NOTIFICATIONS_COMMANDS, agent, notify);

        NotificationSent sent = awaitEvent(agent, NotificationSent.class,
                event -> event.notificationId().equals(notificationId));
        JsonNode message = awaitOutboxMessages(email, 1).get(0);
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
        assertThat(message.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(message.path("email").path("subject").asText()).isNotBlank();
        assertThat(message.path("email").path("text").asText()).contains("285");
        assertThat(message.path("email").path("html").asText()).contains("285").contains("<");
        assertThat(message.path("media")).hasSize(1);
        assertThat(message.path("media").get(0).path("contentType").asText()).startsWith("application/pdf");
        assertThat(message.path("media").get(0).path("name").asText()).isEqualTo(mediaId + ".pdf");
        assertThat(message.path("media").get(0).path("size").asInt()).isEqualTo(PDF.length);
    }
}
