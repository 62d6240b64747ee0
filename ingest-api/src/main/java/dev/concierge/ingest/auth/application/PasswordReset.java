package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.auth.application.StaffAccounts.StaffAccount;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.TooManyRequestsException;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.VariableCipher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final VariableCipher encryptor;
    private final EventPublisher events;
    private final IdGenerator ids;
    private final Duration tokenLifetime;
    private final int requestsPerHour;
    private final LoginLockout lockout;

    public PasswordReset(StaffAccounts staff, ResetTokens resetTokens, PasswordHasher passwords, SecretGenerator secrets,
            SecretHasher hasher, VariableCipher encryptor, EventPublisher events, IdGenerator ids,
            Duration tokenLifetime, int requestsPerHour, LoginLockout lockout) {
        this.staff = staff;
        this.resetTokens = resetTokens;
        this.passwords = passwords;
        this.secrets = secrets;
        this.hasher = hasher;
        this.encryptor = encryptor;
        this.events = events;
        this.ids = ids;
        this.tokenLifetime = tokenLifetime;
        this.requestsPerHour = requestsPerHour;
        this.lockout = lockout;
    }

    /**
     * Throttled per email, known or not. The token is made, hashed and encrypted for an unknown email
     * too, so both cost the same work; only a known email then stores it and sends the email.
     */
    public void requestReset(String email) {
        String normalised = StaffSignIn.normaliseEmail(email);
        Optional<Duration> wait = resetTokens.countRequest(normalised, requestsPerHour);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("a reset was asked for this email several times lately; wait before "
                    + "asking again", wait.get());
        }
        Optional<StaffAccount> account = staff.byEmail(normalised);
        IssuedToken token = issueToken();
        account.ifPresent(known -> send(known, RESET_TEMPLATE, token));
    }

    /** Emails a freshly invited staff member the link to choose their first password. */
    public void invite(StaffAccount account) {
        send(account, INVITATION_TEMPLATE, issueToken());
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
        // whoever holds the mailbox may sign in at once, even while guessers keep the email locked
        staff.byId(staffId).ifPresent(account -> lockout.clear(account.email()));
    }

    private IssuedToken issueToken() {
        String token = secrets.token();
        String notificationId = ids.next("pwr");
        return new IssuedToken(hasher.hash(CONTEXT, token), notificationId, encryptor.encrypt(token, notificationId));
    }

    private void send(StaffAccount account, String template, IssuedToken token) {
        resetTokens.save(token.hash(), account.id(), tokenLifetime);
        Recipient.Kind kind = account.role() == Caller.Role.ADMIN ? Recipient.Kind.ADMIN : Recipient.Kind.AGENT;
        Notify notify = new Notify(new Recipient(account.id(), kind, null, account.email()), List.of(Channel.EMAIL),
                template, Map.of("name", account.name(), "expiresInMinutes", Long.toString(tokenLifetime.toMinutes())),
                token.notificationId(), Map.of(TOKEN_VARIABLE, token.encrypted()));
        events.publish(Topics.NOTIFICATIONS_COMMANDS, account.id(), notify);
    }

    private record IssuedToken(String hash, String notificationId, String encrypted) {
    }
}
