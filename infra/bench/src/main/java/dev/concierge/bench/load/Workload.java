package dev.concierge.bench.load;

/** What a throughput run sends, and how many units (messages, events) each answer accepted. */
public interface Workload {

    /** The {@code sequence}-th call of the run; called on the load generator's event loop only. */
    Call next(long sequence);

    /** Units the answer accepted: 1 for a single write's 202, the {@code accepted} count of a batch, 0 otherwise. */
    long accepted(int status, byte[] body);
}
