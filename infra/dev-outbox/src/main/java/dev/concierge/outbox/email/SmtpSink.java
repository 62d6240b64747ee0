package dev.concierge.outbox.email;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.concierge.outbox.messages.MessageLog;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * GreenMail's SMTP server (no POP3/IMAP, any sender, no authentication) whose deliveries go to the message
 * log instead of GreenMail's mailboxes: those would keep every message and attachment for the life of the
 * dev stack, while the log is bounded.
 */
public final class SmtpSink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmtpSink.class.getName());

    private final GreenMail greenMail;
    private final MessageLog log;
    private final Clock clock;
    private final Supplier<String> hexIds;

    public SmtpSink(String host, int port, MessageLog log, Clock clock, Supplier<String> hexIds) {
        this.greenMail = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        this.log = log;
        this.clock = clock;
        this.hexIds = hexIds;
    }

    public void start() {
        greenMail.start();
        greenMail.getUserManager().setMessageDeliveryHandler(this::deliver);
    }

    public boolean running() {
        return greenMail.isRunning();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Called once per recipient of one SMTP transaction; the first recipient's call records the message. */
    private GreenMailUser deliver(MovingMessage message, MailAddress recipient) {
        List<MailAddress> recipients = message.getToAddresses();
        if (!recipients.isEmpty() && recipients.get(0) == recipient) {
            record(message, recipients);
        }
        return new DiscardingUser(recipient.getEmail());
    }

    private void record(MovingMessage message, List<MailAddress> recipients) {
        MimeMessage mime = message.getMessage();
        String envelopeFrom = message.getReturnPath() == null ? null : message.getReturnPath().getEmail();
        try {
            log.record(EmailReader.read("EM" + hexIds.get(), mime, envelopeFrom,
                    recipients.stream().map(MailAddress::getEmail).toList(), clock.instant()));
        } catch (MessagingException | IOException | RuntimeException e) {
            // the sender already got 250; a message the outbox cannot read is logged, not lost silently
            LOG.log(Level.WARNING, "could not read an email to " + recipients + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
