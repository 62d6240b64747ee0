package dev.concierge.projections.privacy.web;

import dev.concierge.projections.privacy.application.Erasure;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.projections.requests.web.Callers;
import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code DELETE /v1/admin/customers/{id}/data}, admins only: the customer's data keys are deleted, so
 * their messages, request texts, addresses and contact details read as erased everywhere. 204, also
 * when repeated or when the customer is not (yet) known: the erasure then waits for their data.
 */
@Path("/v1/admin/customers/{customerId}/data")
@Tag(name = "admin", description = "Operations on the read models")
public class ErasureResource {

    private final Erasure erasure;
    private final Callers callers;

    ErasureResource(Erasure erasure, Callers callers) {
        this.erasure = erasure;
        this.callers = callers;
    }

    @DELETE
    @Blocking
    @Operation(summary = "Erase a customer's personal data (deletes their data keys; Kafka is not rewritten)")
    public void erase(@PathParam("customerId") String customerId) {
        if (callers.viewer().role() != Viewer.Role.ADMIN) {
            throw new ForbiddenException();
        }
        erasure.erase(customerId);
    }
}
