package dev.concierge.projections.requests.web;

import dev.concierge.projections.requests.domain.Viewer;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this HTTP request as a {@link Viewer}: 401 without a valid token, 403 for a role that reads no requests. */
@RequestScoped
public class Callers {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Callers(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Viewer viewer() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Viewer.Role role = Viewer.Role.strongestOf(identity.getRoles()).orElseThrow(ForbiddenException::new);
        return new Viewer(token.getSubject(), role);
    }

    /** The caller, who must be an agent or an admin: 403 for a customer. */
    public Viewer staff() {
        Viewer viewer = viewer();
        if (!viewer.isStaff()) {
            throw new ForbiddenException();
        }
        return viewer;
    }
}
