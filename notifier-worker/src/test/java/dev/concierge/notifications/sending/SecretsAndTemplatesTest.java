package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.notifications.support.Messages;
import dev.concierge.notifications.support.NotifierTest;
import dev.concierge.notifications.support.OutboxTestResource;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationFailed;
import dev.concierge.schemas.notifications.NotificationEvent.NotificationSent;
import dev.concierge.schemas.notifications.VariableCipher;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 5 and the secrets of issue 11: a template that lacks a variable fails naming it; a
 * secret is decrypted (AAD = the idempotency key) into the message and never into a log; a secret
 * that does not decrypt fails the notification instead of sending a blank code.
 */
@QuarkusTest
@WithTestResource(value = ConciergeTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = OutboxTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SecretsAndTemplatesTest extends NotifierTest {

    private static final VariableCipher CIPHER = VariableCipher.fromBase64Key(OutboxTestResource.NOTIFY_VARIABLES_KEY);

    @Test
    void a_template_with_a_missing_variable_yields_notification_failed_naming_it() {
        String phone = newPhone();
        String customer = knownCustomer(phone);
        String notificationId = newId("ntf");
        Map<String, String> incomplete = new HashMap<>(Messages.QUOTE_VARIABLES);
        String missing = incomplete.keySet().stream().sorted().findFirst().orElseThrow();
        incomplete.remove(missing);

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, Messages.notify(customer, Recipient.Kind.CUSTOMER,
                List.of(Channel.SMS), Messages.QUOTE, incomplete, notificationId));

        NotificationFailed failed = awaitEvent(customer, NotificationFailed.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(failed.reason()).startsWith("missing-variable: ").contains(missing);
        assertThat(outboxMessages(phone)).isEmpty();
    }

    @Test
    void a_sign_in_code_reaches_the_sms_decrypted_and_never_a_log_line() {
        String phone = newPhone();
        String customer = newId("cus");
        String notificationId = newId("otp");
        String code = "739" + (100 + (int) (Math.random() * 900));
        Notify notify = new Notify(new Recipient(customer, Recipient.Kind.CUSTOMER, phone, null),
                List.of(Channel.SMS), Messages.OTP, Map.of("expiresInMinutes", "5"), notificationId,
                Map.of("code", CIPHER.encrypt(code, notificationId)));
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = capturing(logged);
        Logger.getLogger("").addHandler(capture);
        try {
            publish(Topics.NOTIFICATIONS_COMMANDS, customer, notify);

            awaitEvent(customer, NotificationSent.class, event -> event.notificationId().equals(notificationId));
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        JsonNode sms = awaitOutboxMessages(phone, 1).get(0);
        assertThat(sms.path("body").asText()).contains(code);
        assertThat(logged).as("what the notifier logged while sending").isNotEmpty()
                .noneMatch(line -> line.contains(code));
    }

    @Test
    void a_secret_that_does_not_decrypt_fails_the_notification_and_sends_nothing() {
        String phone = newPhone();
        String customer = newId("cus");
        String notificationId = newId("otp");
        // encrypted for another notification: the AAD does not match
        Notify notify = new Notify(new Recipient(customer, Recipient.Kind.CUSTOMER, phone, null),
                List.of(Channel.SMS), Messages.OTP, Map.of("expiresInMinutes", "5"), notificationId,
                Map.of("code", CIPHER.encrypt("123456", "another-notification")));

        publish(Topics.NOTIFICATIONS_COMMANDS, customer, notify);

        NotificationFailed failed = awaitEvent(customer, NotificationFailed.class,
                event -> event.notificationId().equals(notificationId));
        assertThat(failed.reason()).isEqualTo("undecryptable-variable: code");
        assertThat(failed.channel()).isNull();
        assertThat(outboxMessages(phone)).isEmpty();
    }

    private static Handler capturing(List<String> lines) {
        SimpleFormatter formatter = new SimpleFormatter();
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + " " + formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
