package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value of the right type that the API still refuses (a non-finite number, a refused
 * character). Jackson adds the field path as it unwinds, so the problem names the field.
 */
public class RefusedValueException extends JsonMappingException {

    private final String reason;

    public RefusedValueException(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
