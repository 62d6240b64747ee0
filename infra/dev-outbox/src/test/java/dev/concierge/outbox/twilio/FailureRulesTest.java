package dev.concierge.outbox.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.outbox.messages.Channel;
import dev.concierge.outbox.twilio.FailureRules.Failure;
import org.junit.jupiter.api.Test;

class FailureRulesTest {

    @Test
    void fails_only_the_next_message_to_that_number_whatever_its_prefix() {
        FailureRules rules = new FailureRules();
        rules.failNext("+919800000001", null);

        assertThat(rules.take("+919800000002", Channel.SMS)).isEmpty();
        assertThat(rules.take("whatsapp:+919800000001", Channel.WHATSAPP))
                .contains(new Failure("failed", FailureRules.WHATSAPP_OUTSIDE_WINDOW, false));
        assertThat(rules.take("+919800000001", Channel.SMS)).isEmpty();
    }

    @Test
    void asked_twice_fails_the_next_two_with_the_codes_given() {
        FailureRules rules = new FailureRules();
        rules.failNext("whatsapp:+919800000001", null);
        rules.failNext("+919800000001", 30006);

        assertThat(rules.take("+919800000001", Channel.SMS))
                .contains(new Failure("undelivered", FailureRules.SMS_UNREACHABLE, true));
        assertThat(rules.take("+919800000001", Channel.SMS)).contains(new Failure("undelivered", 30006, true));
        assertThat(rules.take("+919800000001", Channel.SMS)).isEmpty();
    }
}
