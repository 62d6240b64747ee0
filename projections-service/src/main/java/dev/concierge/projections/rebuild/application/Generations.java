package dev.concierge.projections.rebuild.application;

/**
 * The numbered databases the read models live in. Generation 0 is the configured database itself;
 * a rebuild fills generation n + 1 and then makes it the current one for every instance.
 */
public interface Generations {

    /** The generation every instance reads and writes now, as persisted (0 before the first rebuild). */
    long current();

    String databaseName(long generation);

    /** Makes {@code generation}'s database empty (a failed earlier attempt may have left one) with its indexes declared. */
    void prepare(long generation);

    /** Persists {@code generation} as the current one and moves this instance's reads and writes to it. */
    void switchTo(long generation, String rebuildId);

    void drop(long generation);
}
