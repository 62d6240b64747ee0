package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.application.Caller;
import dev.concierge.ingest.shared.application.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The verified JWT of the current HTTP request as a {@link Caller}. */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken jwt;

    public Caller get() {
        return find().orElseThrow(() -> new UnauthenticatedException("a valid bearer token is required"));
    }

    /** Read from the token once per request (filters and the resource all ask; the token's groups are a new set on each call). */
    private Optional<Caller> found;

    public Optional<Caller> find() {
        if (found == null) {
            found = fromToken();
        }
        return found;
    }

    private Optional<Caller> fromToken() {
        return callerOf(jwt);
    }

    /** The caller a verified token names: its subject in the first of our roles among its groups. */
    public static Optional<Caller> callerOf(JsonWebToken jwt) {
        if (jwt == null || jwt.getSubject() == null) {
            return Optional.empty();
        }
        Set<String> groups = jwt.getGroups();
        for (Caller.Role role : Caller.Role.values()) {
            if (groups.contains(role.groupName())) {
                return Optional.of(new Caller(jwt.getSubject(), role));
            }
        }
        return Optional.empty();
    }
}
