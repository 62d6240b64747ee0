package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The verified JWT of the current HTTP request as a {@link Caller}. */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    public Caller get() {
        return find().orElseThrow(() -> new UnauthenticatedException("a valid bearer token is required"));
    }

    public Optional<Caller> find() {
        if (jwt == null || jwt.getSubject() == null) {
            return Optional.empty();
        }
        for (Caller.Role role : Caller.Role.values()) {
            if (jwt.getGroups().contains(role.groupName())) {
                return Optional.of(new Caller(jwt.getSubject(), role));
            }
        }
        return Optional.empty();
    }
}
