package dev.concierge.enrichment.market.domain;

import java.util.List;

/**
 * Sample quantiles by linear interpolation between closest ranks (Hyndman and Fan's type 7, the
 * default of R, NumPy and spreadsheets' PERCENTILE.INC): for a sorted sample x of size n, the
 * p-quantile sits at rank h = (n - 1) p and is x[⌊h⌋] + (h - ⌊h⌋) (x[⌊h⌋ + 1] - x[⌊h⌋]). It never
 * leaves the sample's range, and one value is every quantile of itself.
 */
final class Quantiles {

    private Quantiles() {
    }

    /** @param sorted ascending, at least one value; {@code p} within [0, 1] */
    static double quantile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a quantile of no values");
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be within [0, 1], was " + p);
        }
        double rank = (sorted.size() - 1) * p;
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }
}
