package dev.concierge.ingest.batch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.concierge.ingest.shared.web.problems.ProblemDetail;

/** The outcome of one batch line: 202 with the event id, or the problem that line has. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(int line, String clientEventId, int status, String requestId, String eventId,
        Boolean replayed, ProblemDetail problem) {

    LineResult asReplay() {
        return new LineResult(line, clientEventId, status, requestId, eventId, true, problem);
    }

    LineResult atLine(int number) {
        return new LineResult(number, clientEventId, status, requestId, eventId, replayed, problem);
    }
}
