package dev.concierge.projections.analytics.application;

import dev.concierge.projections.analytics.domain.BusinessDays;
import dev.concierge.projections.analytics.domain.DailyFigures;
import dev.concierge.projections.analytics.domain.Figures;
import dev.concierge.projections.analytics.domain.MetricFact.Milestone;
import dev.concierge.projections.analytics.domain.Realtime;
import dev.concierge.projections.analytics.domain.RequestMetrics;
import dev.concierge.projections.analytics.domain.Summary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The analytics questions: a period's summary, its figures per day and category, and today so far.
 * Every figure is about the requests created in the period (a cohort): a request created on the 1st
 * and paid on the 2nd adds to the 1st's GMV. Summary and daily answers are cached until a metric changes.
 */
public final class AnalyticsReading {

    /** Money figures are of this currency; Concierge charges in rupees only. */
    public static final String CURRENCY = "INR";

    private final MetricsQueries queries;
    private final OpenRequests open;
    private final AnswerCache cache;
    private final BusinessDays days;
    private final Clock clock;

    public AnalyticsReading(MetricsQueries queries, OpenRequests open, AnswerCache cache, BusinessDays days,
            Clock clock) {
        this.queries = queries;
        this.open = open;
        this.cache = cache;
        this.days = days;
        this.clock = clock;
    }

    public BusinessDays days() {
        return days;
    }

    /** The requests created from {@code from} to {@code to} (both included), of {@code category} or all (null). */
    public Summary summary(LocalDate from, LocalDate to, String category) {
        return cache.answer("summary:" + from + ":" + to + ":" + category, Summary.class, () -> {
            List<RequestMetrics> requests = createdIn(from, to).stream()
                    .filter(r -> category == null || category.equals(r.category())).toList();
            return new Summary(from, to, days.zone().getId(), category, figures(requests));
        });
    }

    /** One entry per day from {@code from} to {@code to}, days without requests included (all zeros). */
    public List<DailyFigures> daily(LocalDate from, LocalDate to) {
        return List.of(cache.answer("daily:" + from + ":" + to, DailyFigures[].class, () -> {
            List<RequestMetrics> all = createdIn(from, to);
            Map<String, Instant> firstRequestOf = firstRequestOf(all);
            Map<LocalDate, List<RequestMetrics>> byDay = all.stream()
                    .collect(Collectors.groupingBy(r -> days.dayOf(r.createdAt())));
            List<DailyFigures> answer = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                List<RequestMetrics> ofDay = byDay.getOrDefault(day, List.of());
                Map<String, Figures> byCategory = new TreeMap<>();
                ofDay.stream().collect(Collectors.groupingBy(RequestMetrics::category))
                        .forEach((category, requests) -> byCategory.put(category,
                                Figures.of(requests, firstRequestOf, CURRENCY)));
                answer.add(new DailyFigures(day, Figures.of(ofDay, firstRequestOf, CURRENCY), byCategory));
            }
            return answer.toArray(DailyFigures[]::new);
        }));
    }

    /** Today so far, never cached: open requests now, and today's creations, first payments and captures. */
    public Realtime realtime() {
        Instant now = clock.instant();
        LocalDate today = days.dayOf(now);
        Instant start = days.startOf(today);
        List<RequestMetrics> active = queries.activeSince(start);
        long created = active.stream().filter(r -> r.createdAt() != null && !r.createdAt().isBefore(start)).count();
        long paid = active.stream().filter(r -> r.firstAt(Milestone.FIRST_PAYMENT) != null
                && !r.firstAt(Milestone.FIRST_PAYMENT).isBefore(start)).count();
        long gmv = active.stream().flatMap(r -> r.captures().stream())
                .filter(c -> CURRENCY.equals(c.currency()) && !c.at().isBefore(start))
                .mapToLong(RequestMetrics.Amount::minor).sum();
        return new Realtime(today, days.zone().getId(), now, open.byStatus(), created, paid, gmv, CURRENCY);
    }

    private List<RequestMetrics> createdIn(LocalDate from, LocalDate to) {
        return queries.createdBetween(days.startOf(from), days.endOf(to));
    }

    private Figures figures(List<RequestMetrics> requests) {
        return Figures.of(requests, firstRequestOf(requests), CURRENCY);
    }

    private Map<String, Instant> firstRequestOf(List<RequestMetrics> requests) {
        Set<String> customers = requests.stream().map(RequestMetrics::customerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return customers.isEmpty() ? Map.of() : queries.firstRequestOf(customers);
    }
}
