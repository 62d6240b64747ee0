package dev.concierge.schemas.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Build-time entry point (exec-maven-plugin at process-classes): writes a JSON Schema per event type
 * into {@code <out>/json-schema/} and the AsyncAPI document {@code <out>/asyncapi.yaml}. Pointed at
 * {@code target/classes}, both ship in the jar.
 *
 * <p>Arguments: the output directory, then the version to put in the AsyncAPI document.
 */
public final class SchemaExporter {

    private SchemaExporter() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/classes");
        String version = args.length > 1 ? args[1] : "development";
        ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());

        Path schemaDirectory = out.resolve(EventSchemas.DIRECTORY);
        clear(schemaDirectory);
        EventSchemas schemas = new EventSchemas(json);
        int written = 0;
        for (Topic<?> topic : Topics.ALL) {
            for (Class<?> eventType : topic.eventTypes()) {
                json.writeValue(schemaDirectory.resolve(EventSchemas.fileName(eventType)).toFile(),
                        schemas.envelopeSchema(topic, eventType));
                written++;
            }
        }
        yaml.writeValue(out.resolve(AsyncApiDocument.FILE_NAME).toFile(),
                new AsyncApiDocument(json).build(Topics.ALL, version));
        System.out.printf("schemas: wrote %d JSON Schemas to %s and %s%n", written, schemaDirectory,
                out.resolve(AsyncApiDocument.FILE_NAME));
    }

    /** A type removed from the code must not leave its old schema behind in the jar. */
    private static void clear(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
    }
}
