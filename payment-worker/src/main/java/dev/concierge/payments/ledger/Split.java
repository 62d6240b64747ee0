package dev.concierge.payments.ledger;

import dev.concierge.schemas.common.Money;

/**
 * How a link's amount divides: the item price owed to the store and the delivery fee the platform
 * earns. {@code itemPrice}, {@code deliveryFee} and {@code storeId} are null for a link whose command
 * carried no split; such money is booked as unallocated.
 */
public record Split(String customerId, Money total, Money itemPrice, Money deliveryFee, String storeId) {

    /** Usable only when complete and adding up to the total; anything else is not a split to book. */
    public boolean allocated() {
        return itemPrice != null && deliveryFee != null && storeId != null
                && itemPrice.currency().equals(total.currency()) && deliveryFee.currency().equals(total.currency())
                && itemPrice.amountMinor() + deliveryFee.amountMinor() == total.amountMinor();
    }
}
