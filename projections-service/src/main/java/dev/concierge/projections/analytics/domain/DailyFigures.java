package dev.concierge.projections.analytics.domain;

import java.time.LocalDate;
import java.util.Map;

/** One day's figures (the requests created that day), in total and per category (only categories that had requests). */
public record DailyFigures(LocalDate day, Figures total, Map<String, Figures> byCategory) {

    public DailyFigures {
        byCategory = Map.copyOf(byCategory);
    }
}
