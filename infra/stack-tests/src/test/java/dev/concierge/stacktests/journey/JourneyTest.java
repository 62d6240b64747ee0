package dev.concierge.stacktests.journey;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of a stack test class that drives requests: one {@link RequestJourney} (its topic watchers
 * read from the beginning once) for the class, closed after its last test.
 */
public abstract class JourneyTest {

    protected static RequestJourney journey;

    @BeforeAll
    static void watchTheTopics() {
        journey = new RequestJourney();
    }

    @AfterAll
    static void stopWatching() {
        if (journey != null) {
            journey.close();
            journey = null;
        }
    }
}
