package dev.concierge.ingest.shared.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/** Publishes the two custom-method endpoints under their contract paths (see {@link CustomMethodPaths}). */
public class ContractPathsOpenApiFilter implements OASFilter {

    private static final Map<String, String> CONTRACT_PATHS = Map.of(
            CustomMethodPaths.BULK_PATH, "/v1/requests:bulk",
            CustomMethodPaths.BATCH_PATH, "/v1/events:batch");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null) {
            return;
        }
        CONTRACT_PATHS.forEach((internal, contract) -> {
            PathItem item = paths.getPathItem(internal);
            if (item != null) {
                paths.removePathItem(internal);
                paths.addPathItem(contract, item);
            }
        });
    }
}
