package dev.concierge.requests.sourcing;

/**
 * What a store did with past outreach: how often it answered, how fast, and how often its quotes
 * were accepted. Unknown stores start from a neutral prior (add-one smoothing) so a new shop is
 * neither preferred nor buried.
 */
public record StorePerformance(int contacted, int replied, long totalReplySeconds, int quoted, int accepted) {

    public static final StorePerformance NONE = new StorePerformance(0, 0, 0, 0, 0);

    /** Ten minutes is a good WhatsApp reply for a shop; speed halves the credit at that point. */
    private static final double HALF_CREDIT_REPLY_MINUTES = 10.0;

    public double score() {
        double replyRate = (replied + 1.0) / (contacted + 2.0);
        double averageReplyMinutes = replied == 0 ? HALF_CREDIT_REPLY_MINUTES : totalReplySeconds / 60.0 / replied;
        double speed = 1.0 / (1.0 + averageReplyMinutes / HALF_CREDIT_REPLY_MINUTES);
        double acceptance = (accepted + 1.0) / (quoted + 2.0);
        return 0.5 * replyRate + 0.3 * speed + 0.2 * acceptance;
    }

    public StorePerformance plus(StorePerformance other) {
        return new StorePerformance(contacted + other.contacted, replied + other.replied,
                totalReplySeconds + other.totalReplySeconds, quoted + other.quoted, accepted + other.accepted);
    }
}
