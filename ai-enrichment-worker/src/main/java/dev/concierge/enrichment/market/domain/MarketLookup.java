package dev.concierge.enrichment.market.domain;

/** The market's answer for an analysed request; throws when the store cannot be read. */
public interface MarketLookup {

    MarketView lookup(ProductQuery query);
}
