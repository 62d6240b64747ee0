package dev.concierge.outbox.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The outbox is only ready when the mailer can hand it email. */
@Readiness
@ApplicationScoped
public class SmtpHealthCheck implements HealthCheck {

    @Inject
    SmtpSink smtp;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("smtp").status(smtp.running()).withData("port", smtp.port()).build();
    }
}
