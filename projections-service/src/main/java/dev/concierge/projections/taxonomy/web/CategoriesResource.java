package dev.concierge.projections.taxonomy.web;

import dev.concierge.projections.requests.web.Callers;
import dev.concierge.schemas.taxonomy.Taxonomy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The shared category taxonomy (from {@code schemas}), so the dashboard offers exactly the ids that store
 * categories, agent skills and the inbox filter accept, instead of a copy that could drift.
 */
@Path("/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "taxonomy", description = "The category ids of the shared taxonomy")
public class CategoriesResource {

    private static final List<CategoryView> CATEGORIES = Taxonomy.standard().categories().stream()
            .map(category -> new CategoryView(category.id(), category.name())).toList();

    private final Callers callers;

    CategoriesResource(Callers callers) {
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Every category of the taxonomy, in its order: id and name")
    public List<CategoryView> list() {
        callers.viewer(); // any signed-in caller: the taxonomy is no secret, but the API is not anonymous
        return CATEGORIES;
    }

    public record CategoryView(String id, String name) {
    }
}
