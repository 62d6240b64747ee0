package dev.concierge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.outbox.support.OutboxApi;
import dev.concierge.outbox.support.OutboxTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OutboxTestResource.class)
class SmtpSinkTest extends OutboxApi {

    /** Binary like every real PDF (the second line's high bytes), so the mailer sends it base64. */
    private static final byte[] RECEIPT_PDF = ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void an_email_with_html_and_text_parts_and_a_pdf_attachment_is_listed_with_both_parts_and_the_attachment()
            throws Exception {
        String customer = "ravi+" + UUID.randomUUID() + "@example.in";
        MimeMessage email = new MimeMessage(session());
        email.setFrom(new InternetAddress("receipts@concierge.local"));
        email.setRecipient(RecipientType.TO, new InternetAddress(customer));
        email.setSubject("Your receipt for REQ-42", "UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart("Paid ₹450 for Amul butter 500 g.", "plain"));
        alternative.addBodyPart(textPart("<p>Paid <b>₹450</b> for Amul butter 500 g.</p>", "html"));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart receipt = new MimeBodyPart();
        receipt.setDataHandler(new DataHandler(new ByteArrayDataSource(RECEIPT_PDF, "application/pdf")));
        receipt.setFileName("receipt-REQ-42.pdf");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(receipt);
        email.setContent(mixed);

        Transport.send(email);

        List<Map<String, Object>> listed = messages("?to=" + customer);
        assertThat(listed).singleElement().satisfies(message -> {
            assertThat(message).containsEntry("channel", "EMAIL").containsEntry("from", "receipts@concierge.local")
                    .containsEntry("to", customer)
                    .containsEntry("body", "Your receipt for REQ-42\n\nPaid ₹450 for Amul butter 500 g.")
                    .containsEntry("email", Map.of("subject", "Your receipt for REQ-42",
                            "text", "Paid ₹450 for Amul butter 500 g.",
                            "html", "<p>Paid <b>₹450</b> for Amul butter 500 g.</p>"))
                    .containsEntry("media", List.of(Map.of("name", "receipt-REQ-42.pdf",
                            "contentType", "application/pdf", "size", RECEIPT_PDF.length)));
            assertThat((String) message.get("id")).startsWith("EM");
        });
    }

    @Test
    void an_email_to_two_recipients_is_one_entry_found_by_either_address() throws Exception {
        String first = "agent-" + UUID.randomUUID() + "@concierge.local";
        String second = "admin-" + UUID.randomUUID() + "@concierge.local";
        MimeMessage email = new MimeMessage(session());
        email.setFrom(new InternetAddress("alerts@concierge.local"));
        email.setRecipients(RecipientType.TO, new InternetAddress[] {new InternetAddress(first)});
        email.setRecipients(RecipientType.CC, new InternetAddress[] {new InternetAddress(second)});
        email.setSubject("SLA breached on REQ-7");
        email.setText("REQ-7 has waited 20 minutes in SOURCING.");

        Transport.send(email);

        List<Map<String, Object>> byFirst = messages("?to=" + first);
        assertThat(byFirst).singleElement().satisfies(message -> assertThat(message)
                .containsEntry("to", first + ", " + second)
                .containsEntry("body", "SLA breached on REQ-7\n\nREQ-7 has waited 20 minutes in SOURCING."));
        assertThat(messages("?to=" + second)).extracting(m -> m.get("id")).containsExactly(byFirst.get(0).get("id"));
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(OutboxTestResource.smtpPort()));
        return Session.getInstance(properties);
    }

    private static MimeBodyPart textPart(String text, String subtype) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8", subtype);
        return part;
    }
}
