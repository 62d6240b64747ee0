package dev.concierge.enrichment.language.openai;

import dev.concierge.enrichment.remote.ErrorKind;
import dev.concierge.enrichment.remote.ErrorKinds;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import java.net.http.HttpTimeoutException;

/** langchain4j's exceptions: its timeout is a timeout, rate limits, 5xx and dropped connections are transient, 4xx a refusal. */
public final class OpenAiErrors implements ErrorKinds {

    @Override
    public ErrorKind classify(Throwable error) {
        if (error instanceof TimeoutException || error.getCause() instanceof HttpTimeoutException) {
            return ErrorKind.TIMEOUT;
        }
        if (error instanceof RetriableException) {
            return ErrorKind.TRANSIENT;
        }
        if (error instanceof HttpException http) {
            return http.statusCode() >= 500 || http.statusCode() == 429 ? ErrorKind.TRANSIENT : ErrorKind.PERMANENT;
        }
        return ErrorKind.PERMANENT;
    }

    @Override
    public String describe(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return error instanceof HttpException http ? "answered " + http.statusCode() + ": " + message : message;
    }
}
