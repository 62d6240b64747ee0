package dev.concierge.schemas.common;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening window of a store on one weekday, in the store's local time (Asia/Kolkata). */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
