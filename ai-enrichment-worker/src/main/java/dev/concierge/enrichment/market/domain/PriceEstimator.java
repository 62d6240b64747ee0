package dev.concierge.enrichment.market.domain;

import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.enrichment.PriceEstimate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The median and interquartile range of accepted item prices ({@link Quantiles}, linear
 * interpolation), rounded half up to the minor unit. Prices in several currencies are not mixed:
 * the currency with the most quotes is used and the sample size counts only those.
 */
public final class PriceEstimator {

    public static final String BASIS_PRODUCT = "product";
    public static final String BASIS_SUBCATEGORY = "subcategory";
    public static final String BASIS_CATEGORY = "category";

    private PriceEstimator() {
    }

    /** Empty when there is no price to rest on. */
    public static Optional<PriceEstimate> estimate(List<Money> accepted, String basis, String subject) {
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> perCurrency = accepted.stream()
                .collect(Collectors.groupingBy(Money::currency, Collectors.counting()));
        String currency = perCurrency.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        List<Long> sorted = accepted.stream().filter(price -> price.currency().equals(currency))
                .map(Money::amountMinor).sorted().toList();
        Function<Double, Money> at = p -> new Money(Math.round(Quantiles.quantile(sorted, p)), currency);
        return Optional.of(new PriceEstimate(at.apply(0.5), at.apply(0.25), at.apply(0.75), sorted.size(), basis, subject));
    }
}
