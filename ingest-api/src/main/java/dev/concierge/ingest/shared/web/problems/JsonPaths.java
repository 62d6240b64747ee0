package dev.concierge.ingest.shared.web.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's reference chain into the dotted path a developer sees in their own JSON. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return "$";
        }
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** The path where a parser stopped, e.g. at a duplicate key; "$" when it is not known. */
    static String of(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "$";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.addFirst(context.getCurrentName());
            } else if (context.inArray()) {
                parts.addFirst("[" + Math.max(0, context.getCurrentIndex()) + "]");
            }
        }
        return parts.isEmpty() ? "$" : String.join(".", parts).replace(".[", "[");
    }

    /**
     * A record constructor refused a value: the path ends at the record, but our records' messages
     * start with the component they refuse ("lat must be within…"), so that component is named too.
     */
    static String of(List<JsonMappingException.Reference> path, JavaType type, String reason) {
        String record = of(path);
        String first = reason.split("[^A-Za-z0-9_]", 2)[0];
        if (type == null || !type.getRawClass().isRecord()) {
            return record;
        }
        for (RecordComponent component : type.getRawClass().getRecordComponents()) {
            if (component.getName().equals(first)) {
                return "$".equals(record) ? first : record + "." + first;
            }
        }
        return record;
    }
}
