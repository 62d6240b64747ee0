package dev.concierge.schemas.enrichment;

import dev.concierge.schemas.common.Description;
import dev.concierge.schemas.common.Money;

/**
 * What customers accepted to pay for this kind of item before: the median and the interquartile
 * range of accepted quotes (item price, without delivery), with how many quotes it rests on. The
 * {@code basis} says how close those quotes are to the request: {@code product} (the same product
 * was sourced before), else {@code subcategory}, else {@code category}; {@code subject} names it.
 */
public record PriceEstimate(
        Money median,
        @Description("The 25th percentile of the accepted quotes.") Money lowerQuartile,
        @Description("The 75th percentile of the accepted quotes.") Money upperQuartile,
        @Description("How many accepted quotes the estimate rests on.") int sampleSize,
        @Description("product, subcategory or category.") String basis,
        @Description("The product name or taxonomy id the quotes were matched on.") String subject) {

    public PriceEstimate {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("a price estimate rests on at least one quote, was " + sampleSize);
        }
    }
}
