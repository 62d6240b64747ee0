package dev.concierge.requests.sourcing;

import dev.concierge.schemas.common.OpeningHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Whether a shop is open at an instant, read in shop time (India Standard Time). */
public final class OpeningTimes {

    public static final ZoneId SHOP_TIME = ZoneId.of("Asia/Kolkata");

    private OpeningTimes() {
    }

    /**
     * A shop without published hours counts as open: the shopkeeper answers or not, and excluding
     * it would hide most small shops, which rarely publish hours.
     */
    public static boolean isOpen(List<OpeningHours> hours, Instant at) {
        if (hours.isEmpty()) {
            return true;
        }
        ZonedDateTime local = at.atZone(SHOP_TIME);
        LocalTime time = local.toLocalTime();
        for (OpeningHours window : hours) {
            boolean overnight = window.closes().isBefore(window.opens());
            if (!overnight && window.day() == local.getDayOfWeek()
                    && !time.isBefore(window.opens()) && time.isBefore(window.closes())) {
                return true;
            }
            // a window such as 20:00-02:00 covers the evening of its day and the early hours of the next
            if (overnight && window.day() == local.getDayOfWeek() && !time.isBefore(window.opens())) {
                return true;
            }
            if (overnight && window.day().plus(1) == local.getDayOfWeek() && time.isBefore(window.closes())) {
                return true;
            }
        }
        return false;
    }
}
