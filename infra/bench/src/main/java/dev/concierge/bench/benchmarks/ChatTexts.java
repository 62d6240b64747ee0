package dev.concierge.bench.benchmarks;

/**
 * The text of the benchmark's chat messages: long enough that the CloudEvent ingest-api writes to
 * {@code chat.messages} is about 600 bytes, the record size of the ProducerPerformance baseline.
 */
final class ChatTexts {

    static final String TEXT = "Also add one strip of Dolo 650 and two packs of ORS, orange flavour.";

    private ChatTexts() {
    }
}
