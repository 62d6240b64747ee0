package dev.concierge.ingest.auth.web;

import dev.concierge.ingest.auth.security.PublishedSigningKey;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The key set the other services verify our tokens with (their {@code mp.jwt.verify.publickey.location}
 * points here). Public by nature: it holds only the public key.
 */
@Path("/.well-known/jwks.json")
@PermitAll
@Tag(name = "auth")
public class JwksResource {

    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    @Inject
    PublishedSigningKey signingKey;

    @GET
    @Produces({"application/jwk-set+json", "application/json"})
    @Operation(summary = "The RS256 public key that signs access tokens, as a JWK set (RFC 7517)")
    public Response keySet() {
        return Response.ok(signingKey.keySetJson()).cacheControl(FIVE_MINUTES).build();
    }
}
