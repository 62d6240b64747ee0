package dev.concierge.notifications.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every template id the platform emits, with the variables its emitter sends and values shaped as
 * the emitter shapes them (money as {@code Amounts.format}: "INR 480.00"; times as
 * {@code Instant.toString()}). The request processor adds {@code requestId} to each of its Notify
 * commands (OutboundMapping), except the unmatched-store-message one it builds itself. Variables
 * that travel in {@code Notify.encryptedVariables} are listed too: the sender decrypts them into the
 * map it renders with.
 */
final class EmittedTemplates {

    static final String REQUEST_ID = "req_0b8e2c1e-5d7a-4f43-9a53-0f4a3d1c9e21";

    /** Template id → variables, as read in the emitters (file named in the comment). */
    static final Map<String, Map<String, String>> VARIABLES = table(
            // request-stream-processor lifecycle/Intake
            "request.received", Map.of("requestId", REQUEST_ID),
            "request.needs-info", Map.of("questions", "Which strength do you need?\nHow many strips?",
                    "requestId", REQUEST_ID),
            "request.needs-info-reminder", Map.of("requestId", REQUEST_ID,
                    "questions", "Which strength do you need?\nHow many strips?"),
            // sourcing/Sourcing
            "request.unavailable", Map.of("category", "pharmacy", "requestId", REQUEST_ID),
            "request.quote", Map.of("quoteId", "quo_5f0c", "itemPrice", "INR 450.00", "deliveryFee", "INR 30.00",
                    "total", "INR 480.00", "expiresAt", "2026-11-30T13:15:00Z", "requestId", REQUEST_ID),
            "request.quote-expired", Map.of("quoteId", "quo_5f0c", "requestId", REQUEST_ID),
            // checkout/Payments
            "request.payment-link", Map.of("url", "http://127.0.0.1:8084/pay/plink_Nx81", "amount", "INR 480.00",
                    "requestId", REQUEST_ID),
            "request.paid", Map.of("amount", "INR 480.00", "requestId", REQUEST_ID),
            "request.payment-failed", Map.of("reason", "the bank declined the card", "requestId", REQUEST_ID),
            "request.payment-link-expired", Map.of("requestId", REQUEST_ID),
            "request.cancelled", Map.of("reason", "found it elsewhere", "requestId", REQUEST_ID),
            "request.refunded", Map.of("amount", "INR 480.00", "requestId", REQUEST_ID),
            "request.refund-started", Map.of("amount", "INR 480.00", "reason", "the item was damaged",
                    "requestId", REQUEST_ID),
            "store.pack-order", Map.of("requestId", REQUEST_ID, "itemPrice", "INR 450.00"),
            "agent.payment-received", Map.of("requestId", REQUEST_ID),
            // checkout/Refunds, checkout/GatewayAlerts
            "admin.refund-failed", Map.of("requestId", REQUEST_ID, "amount", "INR 480.00",
                    "reason", "BAD_REQUEST_ERROR:The refund amount provided is greater than amount captured"),
            "admin.payment-amount-mismatch", Map.of("requestId", REQUEST_ID, "paymentId", "pay_Nx90",
                    "expected", "INR 480.00", "paid", "INR 48.00"),
            "staff.payment-command-rejected", Map.of("requestId", REQUEST_ID, "command", "CreatePaymentLink",
                    "reason", "BAD_REQUEST_ERROR:The customer contact is invalid"),
            // lifecycle/Staffing
            "request.payment-reminder", Map.of("requestId", REQUEST_ID),
            "agent.request-assigned", Map.of("requestId", REQUEST_ID),
            "admin.request-unstaffed", Map.of("requestId", REQUEST_ID, "previousAgentId", "agt_asha"),
            "admin.sla-breached", Map.of("requestId", REQUEST_ID, "sla", "QUOTE", "status", "SOURCING"),
            // lifecycle/Fulfilment (riderName and eta only once known)
            "request.fulfilment", Map.of("stage", "OUT_FOR_DELIVERY", "riderName", "Ravi",
                    "eta", "2026-11-30T13:40:00Z", "requestId", REQUEST_ID),
            "request.delivered", Map.of("requestId", REQUEST_ID, "askRating", "true"),
            // streams/StoreReplyCorrelator (no requestId: the message matched none)
            "admin.store-message-unmatched", Map.of("storeId", "sto_gupta", "text", "haan hai, 450 ka",
                    "openRequests", REQUEST_ID + ",req_7d1f"),
            // projections-service reports/KafkaReportNotices (the PDF and CSV travel as attachments)
            "admin.daily-report", Map.of("date", "2026-11-29", "zone", "Asia/Kolkata", "created", "5", "paid", "3",
                    "delivered", "2", "gmv", "INR 171.00"),
            // ingest-api auth/OtpSignIn, auth/PasswordReset (code and resetToken are encrypted variables)
            "auth.otp", Map.of("expiresInMinutes", "5", "code", "482913"),
            "auth.password-reset", Map.of("name", "Asha Rao", "expiresInMinutes", "30",
                    "resetToken", "q3Vw9T1x0Lr8ZmKc2YbE5nJ7"),
            "auth.staff-invitation", Map.of("name", "Asha Rao", "expiresInMinutes", "30",
                    "resetToken", "q3Vw9T1x0Lr8ZmKc2YbE5nJ7"));

    /**
     * Templates the notifier sends on its own, with no Notify: the WhatsApp template a store outside
     * its 24-hour window gets for a ContactStores (the processor's message and the reply code).
     */
    static final Map<String, Map<String, String>> NOTIFIER_OWN = Map.of(
            "store.outreach", Map.of("message", "Namaste! A customer nearby is looking for: Dolo 650, 2 strips. Do you"
                    + " have it? Reply \"BX47 YES <price>\" or \"BX47 NO\" (or just 1 = yes, 2 = no).",
                    "replyCode", "BX47"));

    private EmittedTemplates() {
    }

    static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>(VARIABLES);
        all.putAll(NOTIFIER_OWN);
        return all;
    }

    static Set<String> emittedIds() {
        return VARIABLES.keySet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> table(Object... idsAndVariables) {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        for (int i = 0; i < idsAndVariables.length; i += 2) {
            table.put((String) idsAndVariables[i], (Map<String, String>) idsAndVariables[i + 1]);
        }
        return table;
    }
}
