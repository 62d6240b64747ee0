package dev.concierge.ingest.support;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the {@code @QuarkusTest}s that drive the API: before each test, a {@link TopicReader} on
 * the service's broker and an {@link Api} over it. The subclass names its test resource or profile.
 */
public abstract class ApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    protected String kafka;
    protected TopicReader topics;
    protected Api api;

    @BeforeEach
    protected void connect() {
        topics = new TopicReader(kafka);
        api = new Api(topics);
    }
}
