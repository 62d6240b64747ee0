package dev.concierge.requests.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code concierge.streams.thread-replacements.*}: how many dead stream threads are replaced within a
 * window before the client shuts down instead (README, "Failures").
 */
@ConfigMapping(prefix = "concierge.streams.thread-replacements")
public interface ThreadReplacementConfig {

    /** Replacements allowed within {@link #window()}; 0 stops the client on the first dead thread. */
    @WithDefault("5")
    int max();

    @WithDefault("PT10M")
    Duration window();
}
