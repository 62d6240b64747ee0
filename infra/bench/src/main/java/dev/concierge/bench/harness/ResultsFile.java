package dev.concierge.bench.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code <dir>/<timestamp>.json}: the run's results as a JSON list of {@link Result}. */
public final class ResultsFile {

    /** A timestamp that sorts by time and is a valid file name everywhere (no colons). */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFile() {
    }

    public static String stamp(Instant at) {
        return STAMP.format(at);
    }

    public static Path write(Path dir, String stamp, List<Result> results) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(stamp + ".json");
        JSON.writeValue(file.toFile(), results);
        return file;
    }

    public static List<Result> read(Path file) throws IOException {
        return List.of(JSON.readValue(file.toFile(), Result[].class));
    }
}
