package dev.concierge.enrichment.language.openai;

import dev.concierge.enrichment.remote.ErrorKind;
import dev.concierge.enrichment.remote.ErrorKinds;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import java.net.SocketException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

/** langchain4j's exceptions: its timeout is a timeout; 429, 5xx and refused or dropped connections are transient; other 4xx a refusal. */
public final class OpenAiErrors implements ErrorKinds {

    @Override
    public ErrorKind classify(Throwable error) {
        if (error instanceof TimeoutException || ErrorKinds.cause(error, HttpTimeoutException.class).isPresent()) {
            return ErrorKind.TIMEOUT;
        }
        Optional<HttpException> http = ErrorKinds.cause(error, HttpException.class);
        if (http.isPresent()) {
            int status = http.get().statusCode();
            return status >= 500 || status == 429 ? ErrorKind.TRANSIENT : ErrorKind.PERMANENT;
        }
        // a refused or dropped connection: the server may be back in a moment
        boolean network = ErrorKinds.cause(error, SocketException.class).isPresent();
        return error instanceof RetriableException || network ? ErrorKind.TRANSIENT : ErrorKind.PERMANENT;
    }

    @Override
    public String describe(Throwable error) {
        // langchain4j wraps the HTTP status in its own exception types (InternalServerException, InvalidRequestException …)
        return ErrorKinds.cause(error, HttpException.class)
                .map(http -> "answered " + http.statusCode() + " (" + http.getMessage() + ")")
                .orElseGet(() -> error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }
}
