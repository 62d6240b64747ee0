package dev.concierge.enrichment.photo.vision;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.DeadlineExceededException;
import com.google.api.gax.rpc.StatusCode;
import dev.concierge.enrichment.remote.ErrorKind;
import dev.concierge.enrichment.remote.ErrorKinds;
import java.util.Set;

/** The SDK's exceptions by gRPC status: a deadline is a timeout, unavailability and overload are transient, the rest a refusal. */
public final class VisionErrors implements ErrorKinds {

    private static final Set<StatusCode.Code> TRANSIENT = Set.of(StatusCode.Code.UNAVAILABLE,
            StatusCode.Code.RESOURCE_EXHAUSTED, StatusCode.Code.INTERNAL, StatusCode.Code.ABORTED, StatusCode.Code.UNKNOWN);

    @Override
    public ErrorKind classify(Throwable error) {
        if (error instanceof DeadlineExceededException) {
            return ErrorKind.TIMEOUT;
        }
        if (error instanceof ApiException api && TRANSIENT.contains(api.getStatusCode().getCode())) {
            return ErrorKind.TRANSIENT;
        }
        return ErrorKind.PERMANENT;
    }

    @Override
    public String describe(Throwable error) {
        if (error instanceof ApiException api) {
            return api.getStatusCode().getCode() + " (" + (api.getCause() == null ? api.getMessage()
                    : api.getCause().getMessage()) + ")";
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
