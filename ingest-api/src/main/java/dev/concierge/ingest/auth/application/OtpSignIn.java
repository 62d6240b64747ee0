package dev.concierge.ingest.auth.application;

import dev.concierge.ingest.auth.application.CustomerAccounts.CustomerAccount;
import dev.concierge.ingest.auth.application.OtpChallenges.Granted;
import dev.concierge.ingest.auth.application.OtpChallenges.Guess;
import dev.concierge.ingest.auth.application.OtpChallenges.OverBudget;
import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.EventPublisher;
import dev.concierge.ingest.shared.application.EventStoreUnavailableException;
import dev.concierge.ingest.shared.application.IdGenerator;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.TooManyRequestsException;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.customers.CustomerEvent.CustomerRegistered;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.VariableCipher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Customer sign-in by phone: send a one-time code by SMS, then exchange it for a session. The code
 * is stored only as a keyed hash and travels to the notifier encrypted, never in plain text.
 */
public final class OtpSignIn {

    public static final String OTP_TEMPLATE = "auth.otp";
    public static final String CODE_VARIABLE = "code";
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    private final OtpChallenges challenges;
    private final CustomerAccounts customers;
    private final SecretGenerator secrets;
    private final SecretHasher hasher;
    private final VariableCipher encryptor;
    private final EventPublisher events;
    private final Sessions sessions;
    private final IdGenerator ids;
    private final OtpPolicy policy;

    public OtpSignIn(OtpChallenges challenges, CustomerAccounts customers, SecretGenerator secrets, SecretHasher hasher,
            VariableCipher encryptor, EventPublisher events, Sessions sessions, IdGenerator ids, OtpPolicy policy) {
        this.challenges = challenges;
        this.customers = customers;
        this.secrets = secrets;
        this.hasher = hasher;
        this.encryptor = encryptor;
        this.events = events;
        this.sessions = sessions;
        this.ids = ids;
        this.policy = policy;
    }

    public OtpSent requestCode(String rawPhone) {
        String phone = PhoneNumbers.normalise(rawPhone, "phone");
        Optional<Duration> wait = challenges.tryStartSend(phone, policy);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("a code was sent to this phone moments ago, or too many codes were "
                    + "sent to it lately; wait before asking again", wait.get());
        }
        CustomerAccount account = customers.findOrCreate(phone, ids.next("cus"));
        String code = secrets.otpCode();
        challenges.save(phone, hasher.hash(context(phone), code), policy.lifetime());
        String notificationId = ids.next("otp");
        Notify notify = new Notify(new Recipient(account.id(), Recipient.Kind.CUSTOMER, phone, null),
                List.of(Channel.SMS), OTP_TEMPLATE,
                Map.of("expiresInMinutes", Long.toString(policy.lifetime().toMinutes())), notificationId,
                Map.of(CODE_VARIABLE, encryptor.encrypt(code, notificationId)));
        try {
            events.publish(Topics.NOTIFICATIONS_COMMANDS, account.id(), notify);
        } catch (EventStoreUnavailableException e) {
            // the SMS will not go out: leave no half-started challenge behind
            challenges.clear(phone);
            throw e;
        }
        return new OtpSent(phone, policy.lifetime().toSeconds(), policy.resendAfter().toSeconds());
    }

    public Session verify(String rawPhone, String code) {
        String phone = PhoneNumbers.normalise(rawPhone, "phone");
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            throw InvalidInputException.of("code", "the code has exactly 6 digits");
        }
        // the guess is counted before the comparison, so concurrent guesses cannot outrun the limits
        Guess guess = challenges.claimGuess(phone, policy);
        if (guess instanceof OverBudget over) {
            throw new TooManyRequestsException("too many wrong codes for this phone lately; try again later",
                    over.retryAfter());
        }
        if (!(guess instanceof Granted granted)) {
            throw new UnauthenticatedException("no valid code for this phone; request a new one");
        }
        if (!hasher.matches(context(phone), code, granted.codeHash())) {
            if (granted.triesLeft() == 0) {
                challenges.clear(phone);
                throw new UnauthenticatedException("wrong code; no tries left, request a new code");
            }
            throw new UnauthenticatedException("wrong code; " + granted.triesLeft() + " tries left");
        }
        challenges.refundGuess(phone);
        CustomerAccount account = customers.findOrCreate(phone, ids.next("cus"));
        if (!account.registered()) {
            // published before the code is spent, so a Kafka outage leaves the code usable for a retry
            events.publish(Topics.CUSTOMERS_EVENTS, account.id(), new CustomerRegistered(account.id(), phone, null, null));
            customers.markRegistered(account.id());
        }
        if (!challenges.clear(phone)) {
            throw new UnauthenticatedException("this code was already used; request a new one");
        }
        return sessions.open(new Caller(account.id(), Caller.Role.CUSTOMER));
    }

    private static String context(String phone) {
        return "otp:" + phone;
    }

    public record OtpSent(String phone, long expiresIn, long resendAfter) {
    }
}
