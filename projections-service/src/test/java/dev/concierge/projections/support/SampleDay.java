package dev.concierge.projections.support;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.requests.Sla;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A business day of five requests on the topics, on a day no other test uses (a random day between
 * 2001 and 2024, in Asia/Kolkata, the default business zone): two delivered and rated 5 and 3 (the
 * second by the first's customer, with a broken SLA), one paid and refunded, one quoted and cancelled,
 * one only created; the refunded and the last one are groceries, the others medicines. Every step is one second after the previous one, as in {@link Journey}.
 */
public final class SampleDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    public static final String MEDICINES = "medicines-health";
    public static final String GROCERIES = "groceries";

    public final LocalDate day;
    public final List<Journey> journeys = new ArrayList<>();
    public final List<CloudEvent<?>> facts = new ArrayList<>();

    private SampleDay(LocalDate day) {
        this.day = day;
    }

    public static LocalDate unusedDay() {
        return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 24 * 365));
    }

    /** Publishes the day's facts to {@code requests.events}. */
    public static SampleDay publish(ProjectionTopics topics) {
        SampleDay sample = new SampleDay(unusedDay());
        String returning = "cus_" + UUID.randomUUID().toString().substring(0, 8);
        Journey first = sample.journey(returning, 0, MEDICINES);
        sample.facts.addAll(first.facts());
        sample.facts.add(first.rated(20, 5));
        Journey second = sample.journey(returning, 30, MEDICINES);
        sample.facts.addAll(second.facts());
        sample.facts.add(second.slaBreached(10, Sla.DELIVERY));
        sample.facts.add(second.rated(20, 3));
        Journey refunded = sample.journey(null, 60, GROCERIES);
        sample.facts.addAll(refunded.factsUntil(8));
        sample.facts.add(refunded.refunded(20));
        Journey cancelled = sample.journey(null, 90, MEDICINES);
        sample.facts.addAll(cancelled.factsUntil(6));
        sample.facts.add(cancelled.cancelled(30));
        sample.facts.addAll(sample.journey(null, 120, GROCERIES).factsUntil(2));
        for (CloudEvent<?> fact : sample.facts) {
            topics.publish(Topics.REQUESTS_EVENTS, fact);
        }
        return sample;
    }

    /** A request created at 10:00 plus {@code minutes} on the day; a new customer when {@code customerId} is null. */
    public Journey journey(String customerId, int minutes, String category) {
        Journey journey = new Journey(customerId != null ? customerId : "cus_" + UUID.randomUUID().toString().substring(0, 8),
                "agt_reports", category, "Dolo 650 tablet strip",
                day.atTime(LocalTime.of(10, 0)).plusMinutes(minutes).atZone(ZONE).toInstant());
        journeys.add(journey);
        return journey;
    }
}
