package dev.concierge.projections.stores.domain;

import dev.concierge.projections.figures.Figures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a store performs for Concierge, worked out from its contacts when asked (so it is the same however
 * the facts were interleaved): {@code replyRate} = contacts it replied to / contacts, {@code medianReplySeconds}
 * from contact to first reply, {@code quotesWon} = requests whose quote to the customer was this store's,
 * {@code fulfilmentRate} = those delivered / quotes won. A rate is null while there is nothing to divide by.
 */
public record StorePerformance(long contacted, long replied, Double replyRate, Long medianReplySeconds,
        long quotesWon, long delivered, Double fulfilmentRate) {

    /** @param deliveredRequests the ids of delivered requests among the contacts' requests */
    public static StorePerformance of(List<StoreContact> contacts, Set<String> deliveredRequests) {
        long contacted = contacts.stream().filter(StoreContact::contacted).count();
        List<Duration> replyTimes = contacts.stream().map(StoreContact::replyTime).flatMap(Optional::stream).toList();
        long won = contacts.stream().filter(StoreContact::won).count();
        long delivered = contacts.stream().filter(c -> c.won() && deliveredRequests.contains(c.requestId())).count();
        return new StorePerformance(contacted, replyTimes.size(), Figures.rate(replyTimes.size(), contacted),
                Figures.medianSeconds(replyTimes), won, delivered, Figures.rate(delivered, won));
    }
}
