package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Recipient;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Work the lifecycle asks other services to do. The streams layer maps each to the command record
 * of its topic (enrichment, outreach, payments, notifications, chat).
 */
public sealed interface Outbound {

    String requestId();

    /**
     * {@code answers} are the customer's replies to earlier questions, oldest first; {@code askedQuestions}
     * every question asked in earlier rounds, oldest first (the analysis never asks one again).
     */
    record Analyze(String requestId, int attempt, String text, List<String> mediaIds, String categoryHint,
            List<String> answers, List<String> askedQuestions) implements Outbound {
    }

    record ContactStores(String requestId, List<String> storeIds, String message, List<String> mediaIds,
            String replyCode) implements Outbound {
    }

    /**
     * {@code attempt} tells a re-accept's new link from a redelivery of the same one; the quote's split
     * (item price owed to {@code storeId}, delivery fee kept by the platform) lets the ledger book both.
     */
    record CreatePaymentLink(String requestId, String quoteId, int attempt, Money amount, String customerId,
            String description, Money itemPrice, Money deliveryFee, String storeId)
            implements Outbound {
    }

    /** Close a link nobody should pay any more (the request was cancelled while it waited for payment). */
    record CancelPaymentLink(String requestId, String linkId, String reason) implements Outbound {
    }

    record RefundPayment(String requestId, String paymentId, Money amount, String reason) implements Outbound {
    }

    /** An empty channel list means "the recipient's own preferences"; {@code attachments} go with an email. */
    record Notify(String requestId, Recipient recipient, List<Channel> channels, String templateId,
            Map<String, String> variables, String idempotencyKey, List<Attachment> attachments) implements Outbound {

        public Notify {
            attachments = List.copyOf(attachments);
        }
    }

    /** A message in the request's chat, from the bot or relayed from a store. */
    record PostChat(String requestId, String messageId, Author author, String authorId, String text, Instant at)
            implements Outbound {
    }
}
