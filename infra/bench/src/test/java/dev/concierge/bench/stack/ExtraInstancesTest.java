package dev.concierge.bench.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtraInstancesTest {

    @TempDir
    Path checkout;

    @Test
    void a_service_that_was_not_built_is_refused_by_name_before_anything_starts() throws Exception {
        try (ExtraInstances extra = new ExtraInstances(checkout, checkout.resolve("work"))) {
            assertThatThrownBy(() -> extra.start("ingest-api", 8086, Map.of(), Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ingest-api has no").hasMessageContaining("quarkus-run.jar");
        }
    }
}
