package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.auth.application.StaffAccounts.StaffAccount;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Staff password reset (and first password for invited agents) by an emailed one-time token. The
 * token goes to the notifier encrypted; asking for a reset never reveals whether an email exists.
 */
public final class PasswordReset {

    public static final String RESET_TEMPLATE = "auth.password-reset";
    public static final String INVITATION_TEMPLATE = "auth.staff-invitation";
    public static final String TOKEN_VARIABLE = "resetToken";
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String CONTEXT = "reset";

    private final StaffAccounts staff;
    private final ResetTokens resetTokens;
    private final PasswordHasher passwords;
    private final SecretGenerator secrets;
    private final SecretHasher hasher;
    private final VariableEncryptor encryptor;
    private final EventPublisher events;
    private final IdGenerator ids;
    private final Duration tokenLifetime;

    public PasswordReset(StaffAccounts staff, ResetTokens resetTokens, PasswordHasher passwords, SecretGenerator secrets,
            SecretHasher hasher, VariableEncryptor encryptor, EventPublisher events, IdGenerator ids,
            Duration tokenLifetime) {
        this.staff = staff;
        this.resetTokens = resetTokens;
        this.passwords = passwords;
        this.secrets = secrets;
        this.hasher = hasher;
        this.encryptor = encryptor;
        this.events = events;
        this.ids = ids;
        this.tokenLifetime = tokenLifetime;
    }

    public void requestReset(String email) {
        staff.byEmail(StaffSignIn.normaliseEmail(email)).ifPresent(account -> sendToken(account, RESET_TEMPLATE));
    }

    /** Emails a freshly invited staff member the link to choose their first password. */
    public void invite(StaffAccount account) {
        sendToken(account, INVITATION_TEMPLATE);
    }

    public void confirm(String token, String newPassword) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.of("newPassword", "must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (token == null || token.isBlank()) {
            throw InvalidInputException.of("token", "the token from the email is required");
        }
        String staffId = resetTokens.consume(hasher.hash(CONTEXT, token))
                .orElseThrow(() -> new UnauthenticatedException("the reset token is unknown, used or expired"));
        staff.updatePasswordHash(staffId, passwords.hash(newPassword));
    }

    private void sendToken(StaffAccount account, String template) {
        String token = secrets.token();
        resetTokens.save(hasher.hash(CONTEXT, token), account.id(), tokenLifetime);
        String notificationId = ids.next("pwr");
        Recipient.Kind kind = account.role() == Caller.Role.ADMIN ? Recipient.Kind.ADMIN : Recipient.Kind.AGENT;
        Notify notify = new Notify(new Recipient(account.id(), kind, null, account.email()), List.of(Channel.EMAIL),
                template, Map.of("name", account.name(), "expiresInMinutes", Long.toString(tokenLifetime.toMinutes())),
                notificationId, Map.of(TOKEN_VARIABLE, encryptor.encrypt(token, notificationId)));
        events.publish(Topics.NOTIFICATIONS_COMMANDS, account.id(), notify);
    }
}
