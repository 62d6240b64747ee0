package dev.concierge.requests.sourcing;

import dev.concierge.schemas.common.GeoPoint;

/** Great-circle distance; accurate to well under 1 % at city scale, which is all outreach needs. */
public final class Distance {

    private static final double EARTH_MEAN_RADIUS_KM = 6371.0088;

    private Distance() {
    }

    public static double haversineKm(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
