package dev.concierge.payments.ledger;

/** The ledger's account names, as they appear in {@code LedgerEntryRecorded}. */
public final class Accounts {

    /** Money the gateway holds for us (received from customers, less refunds and its fees). */
    public static final String GATEWAY_CLEARING = "gateway-clearing";
    /** What the gateway charged (its {@code fee}, tax included). */
    public static final String GATEWAY_FEES = "gateway-fees";
    /** Delivery fees earned. */
    public static final String PLATFORM_REVENUE = "platform-revenue";
    /** Money paid back to customers, passing through to reverse what a capture credited. */
    public static final String REFUNDS = "refunds";
    /** A capture whose command carried no quote split: to be allocated by a person. */
    public static final String UNALLOCATED = "unallocated-sales";

    private Accounts() {
    }

    public static String customer(String customerId) {
        return "customer:" + customerId;
    }

    /** What is owed to a store for the items it sold. */
    public static String storePayable(String storeId) {
        return "store-payable:" + storeId;
    }
}
