package dev.concierge.outbox.email;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.internet.MimeMessage;

/** The mailbox GreenMail delivers to once {@link SmtpSink} has recorded the message: it keeps nothing. */
final class DiscardingUser implements GreenMailUser {

    private final String email;

    DiscardingUser(String email) {
        this.email = email;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public String getLogin() {
        return email;
    }

    @Override
    public void deliver(MovingMessage msg) {
        // recorded in the message log already
    }

    @Override
    public void deliver(MimeMessage msg) {
        // recorded in the message log already
    }

    @Override
    public void create() {
        // no mailbox to create
    }

    @Override
    public void delete() {
        // no mailbox to delete
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public void setPassword(String password) {
        // authentication is disabled
    }

    @Override
    public void authenticate(String password) {
        // authentication is disabled
    }

    @Override
    public String getQualifiedMailboxName() {
        return email;
    }
}
