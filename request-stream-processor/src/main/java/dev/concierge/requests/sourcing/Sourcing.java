package dev.concierge.requests.sourcing;

import dev.concierge.requests.lifecycle.Amounts;
import dev.concierge.requests.lifecycle.Changes;
import dev.concierge.requests.lifecycle.Decision;
import dev.concierge.requests.lifecycle.Input;
import dev.concierge.requests.lifecycle.LifecyclePolicy;
import dev.concierge.requests.lifecycle.Outbound;
import dev.concierge.requests.lifecycle.RequestDecider;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.RequestCommand.RecordStoreQuote;
import dev.concierge.schemas.requests.RequestCommand.SendQuote;
import dev.concierge.schemas.requests.RequestEvent.Cancelled;
import dev.concierge.schemas.requests.RequestEvent.QuoteExpired;
import dev.concierge.schemas.requests.RequestEvent.QuoteSent;
import dev.concierge.schemas.requests.RequestEvent.RequestUnavailable;
import dev.concierge.schemas.requests.RequestEvent.StoreOutreachRequested;
import dev.concierge.schemas.requests.RequestEvent.StoreQuoteReceived;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Asking stores, reading their replies, widening the search, and quoting the customer. */
public final class Sourcing {

    private final LifecyclePolicy policy;
    private final StoreCatalog catalog;
    private final StoreSelector selector = new StoreSelector();
    private final StoreReplyParser parser = new StoreReplyParser();

    public Sourcing(LifecyclePolicy policy, StoreCatalog catalog) {
        this.policy = policy;
        this.catalog = catalog;
    }

    /**
     * Contacts the best stores of the first round (from {@code round} on) that has any; if no round
     * up to the widest radius has a store, the item is unavailable and the customer is told.
     * Without a delivery location the radius cannot be measured, so the agent sources by hand.
     */
    public void startOutreach(Changes changes, int round) {
        RequestSnapshot s = changes.state().snapshot();
        String category = s.enrichment() != null ? s.enrichment().category() : s.categoryHint();
        if (s.deliveryAddress().location() == null || category == null || RequestDecider.UNCATEGORISED.equals(category)) {
            return;
        }
        Set<String> alreadyAsked = s.outreach().stream().map(RequestSnapshot.Outreach::storeId).collect(Collectors.toSet());
        for (int r = round; r <= policy.maxOutreachRounds(); r++) {
            StoreSelector.Search search = new StoreSelector.Search(category, s.deliveryAddress().location(),
                    policy.radiusKm(r), alreadyAsked, policy.storesPerRound());
            List<String> storeIds = selector.select(catalog, search, changes.now()).stream().map(Store::storeId).toList();
            if (!storeIds.isEmpty()) {
                String code = ReplyCodes.forRequest(s.requestId());
                String message = outreachMessage(s, code);
                changes.fact(new StoreOutreachRequested(s.requestId(), storeIds, code, r, message))
                        .send(new Outbound.ContactStores(s.requestId(), storeIds, message, s.mediaIds(), code));
                return;
            }
        }
        changes.fact(new RequestUnavailable(s.requestId(), "no open store within "
                        + Math.round(policy.radiusKm(policy.maxOutreachRounds())) + " km has '" + category + "'"))
                .notifyCustomer("request.unavailable", Map.of("category", category));
    }

    /** A store's message: a readable yes/no becomes a quote; anything else goes to the agent in the chat. */
    public Decision storeMessage(Input.StoreMessage message, Changes changes) {
        StoreReply reply = parser.parse(message.text());
        String requestId = changes.requestId();
        if (reply instanceof StoreReply.Available available) {
            changes.fact(new StoreQuoteReceived(requestId, message.storeId(), true, available.price().orElse(null),
                    message.text()));
        } else if (reply instanceof StoreReply.Unavailable) {
            changes.fact(new StoreQuoteReceived(requestId, message.storeId(), false, null, message.text()));
        } else {
            changes.send(new Outbound.PostChat(requestId, changes.derivedId("chat", 0), Author.STORE, message.storeId(),
                    message.text(), changes.now()));
        }
        return changes.accept();
    }

    public Decision recordStoreQuote(Input.Command input, Changes changes) {
        RecordStoreQuote c = (RecordStoreQuote) input.command();
        changes.fact(new StoreQuoteReceived(c.requestId(), c.storeId(), c.available(), c.price(), c.note()));
        return changes.accept();
    }

    public Decision sendQuote(Input.Command input, Changes changes) {
        SendQuote c = (SendQuote) input.command();
        if (!c.itemPrice().currency().equals(c.deliveryFee().currency())) {
            return new Decision.Rejected("item price and delivery fee must be in one currency");
        }
        if (c.itemPrice().amountMinor() == 0) {
            return new Decision.Rejected("a quote needs an item price above zero");
        }
        Instant expiresAt = c.expiresAt() != null ? c.expiresAt() : changes.now().plus(policy.quoteValidity());
        quote(changes, c.storeId(), c.itemPrice(), c.deliveryFee(), expiresAt, c.description());
        return changes.accept();
    }

    /** Nobody said yes in time: ask further away; with auto quotes on, quote the cheapest yes. */
    public Decision outreachWindowPassed(Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        Optional<RequestSnapshot.StoreQuote> cheapestYes = s.storeQuotes().stream()
                .filter(q -> q.available() && q.price() != null)
                .min(Comparator.comparingLong(q -> q.price().amountMinor()));
        boolean anyYes = s.storeQuotes().stream().anyMatch(RequestSnapshot.StoreQuote::available);
        if (policy.autoQuote() && cheapestYes.isPresent()) {
            Money price = cheapestYes.get().price();
            quote(changes, cheapestYes.get().storeId(), price, policy.deliveryFeeFor(price),
                    changes.now().plus(policy.quoteValidity()), null);
        } else if (!anyYes) {
            int lastRound = s.outreach().stream().mapToInt(RequestSnapshot.Outreach::round).max().orElse(0);
            startOutreach(changes, lastRound + 1);
        }
        return changes.accept();
    }

    public Decision quoteExpired(Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        changes.fact(new QuoteExpired(s.requestId(), s.quote().quoteId()));
        if (policy.onQuoteExpiry() == LifecyclePolicy.OnExpiry.CANCEL) {
            changes.fact(new Cancelled(s.requestId(), "the quote expired", Actor.system("request-stream-processor")));
        }
        changes.notifyCustomer("request.quote-expired", Map.of("quoteId", s.quote().quoteId()));
        return changes.accept();
    }

    private void quote(Changes changes, String storeId, Money itemPrice, Money deliveryFee, Instant expiresAt,
            String description) {
        String quoteId = "quo_" + changes.derivedId("quote", 0);
        Money total = itemPrice.plus(deliveryFee);
        changes.fact(new QuoteSent(changes.requestId(), quoteId, storeId, itemPrice, deliveryFee, total, expiresAt,
                        description))
                .notifyCustomer("request.quote", Map.of(
                        "quoteId", quoteId,
                        "itemPrice", Amounts.format(itemPrice),
                        "deliveryFee", Amounts.format(deliveryFee),
                        "total", Amounts.format(total),
                        "expiresAt", expiresAt.toString()));
    }

    private static String outreachMessage(RequestSnapshot s, String code) {
        String wanted = s.enrichment() != null && s.enrichment().summary() != null ? s.enrichment().summary() : s.text();
        return "Namaste! A customer nearby is looking for: " + (wanted == null ? "the item in the photo" : wanted)
                + ". Do you have it? Reply \"" + code + " YES <price>\" or \"" + code + " NO\" (or just 1 = yes, 2 = no).";
    }
}
