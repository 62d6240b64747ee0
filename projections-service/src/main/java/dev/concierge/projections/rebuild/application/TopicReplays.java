package dev.concierge.projections.rebuild.application;

import dev.concierge.projections.rebuild.domain.RebuildProgress;
import java.util.List;

/** Reads the read models' topics from offset zero into one generation's database. */
public interface TopicReplays {

    /** The names of every topic a read model is built from. */
    List<String> topics();

    /** A replay positioned at the beginning of every partition of {@link #topics()}, applying into {@code generation}. */
    Replay open(long generation, RebuildProgress progress);

    interface Replay extends AutoCloseable {

        /**
         * Reads and applies every record up to the end offsets of the moment it is called; a second call
         * goes on from there to the end offsets of its own moment. Counts into the progress as it goes.
         */
        void readToEnd();

        @Override
        void close();
    }
}
