package dev.concierge.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.notifications.sending.application.QuietHoursPolicy;
import dev.concierge.schemas.common.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietHoursPolicyTest {

    private static final QuietHoursPolicy POLICY = new QuietHoursPolicy(List.of("auth.", "request.pay", "request.delivered"));
    // 22:00–07:00 in India: 16:30–01:30 UTC
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), "Asia/Kolkata");
    private static final Instant MIDNIGHT_IN_INDIA = Instant.parse("2026-11-30T18:30:00Z");

    @Test
    void a_quote_at_midnight_waits_until_the_quiet_hours_end_in_the_recipients_zone() {
        assertThat(POLICY.deferUntil("request.quote", NIGHT, MIDNIGHT_IN_INDIA))
                .contains(Instant.parse("2026-12-01T01:30:00Z"));
    }

    @Test
    void sign_in_payment_and_delivery_messages_never_wait() {
        assertThat(POLICY.deferUntil("auth.otp", NIGHT, MIDNIGHT_IN_INDIA)).isEmpty();
        assertThat(POLICY.deferUntil("request.payment-link", NIGHT, MIDNIGHT_IN_INDIA)).isEmpty();
        assertThat(POLICY.deferUntil("request.delivered", NIGHT, MIDNIGHT_IN_INDIA)).isEmpty();
    }

    @Test
    void nothing_waits_outside_quiet_hours_or_for_someone_without_them() {
        assertThat(POLICY.deferUntil("request.quote", NIGHT, Instant.parse("2026-11-30T06:30:00Z"))).isEmpty();
        assertThat(POLICY.deferUntil("request.quote", null, MIDNIGHT_IN_INDIA)).isEmpty();
    }
}
