package dev.concierge.notifications.config;

import dev.concierge.notifications.channels.Email;
import dev.concierge.notifications.channels.Messaging;
import dev.concierge.notifications.channels.Push;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Says which mode each provider runs in (outbox, real or off): once in the log at start-up and in
 * {@code /q/health} as the {@code providers} check. A provider that is off is not a fault (its
 * channel is skipped for the next one), so the check is always UP.
 */
@Readiness
@ApplicationScoped
public class ProviderModesCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ProviderModesCheck.class);

    private final Messaging messaging;
    private final Email email;
    private final Push push;

    ProviderModesCheck(Messaging messaging, Email email, Push push) {
        this.messaging = messaging;
        this.email = email;
        this.push = push;
    }

    void logModes(@Observes StartupEvent started) {
        LOG.infof("providers: WhatsApp and SMS (Twilio) %s, email (SMTP) %s, push (FCM) %s",
                messaging.mode().label(), email.mode().label(), push.mode().label());
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("providers").up()
                .withData("twilio", messaging.mode().label())
                .withData("smtp", email.mode().label())
                .withData("fcm", push.mode().label())
                .build();
    }
}
