package dev.concierge.payments.receipts;

import java.util.Set;

/** Who may read a receipt with a token: staff (admin, agent) and the customer who paid it (the token's subject). */
final class ReceiptAccess {

    private ReceiptAccess() {
    }

    static boolean mayRead(StoredReceipt receipt, String subject, Set<String> groups) {
        if (groups.contains("admin") || groups.contains("agent")) {
            return true;
        }
        return groups.contains("customer") && subject != null && subject.equals(receipt.customerId());
    }
}
