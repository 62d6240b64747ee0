package dev.concierge.requests.streams;

import dev.concierge.requests.lifecycle.Outbound;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.enrichment.EnrichmentCommand;
import dev.concierge.schemas.notifications.NotificationCommand;
import dev.concierge.schemas.outreach.OutreachCommand;
import dev.concierge.schemas.payments.PaymentCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lifecycle's outbound work as the command records of the workers' topics. */
final class OutboundMapping {

    /** Media ids are GridFS uploads whose type the request does not record. */
    private static final String UNKNOWN_MEDIA_TYPE = "application/octet-stream";

    record Addressed(String topic, String key, Object data) {
    }

    private final RequestTopics topics;

    OutboundMapping(RequestTopics topics) {
        this.topics = topics;
    }

    Addressed map(Outbound work) {
        if (work instanceof Outbound.Analyze a) {
            return new Addressed(topics.enrichmentCommands().name(), a.requestId(), new EnrichmentCommand.AnalyzeRequest(
                    a.requestId(), a.attempt(), a.text(), a.mediaIds(), a.categoryHint(), a.answers(), a.askedQuestions()));
        }
        if (work instanceof Outbound.ContactStores c) {
            List<Attachment> media = c.mediaIds().stream()
                    .map(id -> new Attachment(id, null, UNKNOWN_MEDIA_TYPE)).toList();
            return new Addressed(topics.outreachCommands().name(), c.requestId(),
                    new OutreachCommand.ContactStores(c.requestId(), c.storeIds(), c.message(), media, c.replyCode()));
        }
        if (work instanceof Outbound.CreatePaymentLink p) {
            return new Addressed(topics.paymentCommands().name(), p.requestId(), new PaymentCommand.CreatePaymentLink(
                    p.requestId(), p.quoteId(), p.attempt(), p.amount(), p.customerId(), null, null, p.description(), null,
                    p.itemPrice(), p.deliveryFee(), p.storeId()));
        }
        if (work instanceof Outbound.CancelPaymentLink c) {
            return new Addressed(topics.paymentCommands().name(), c.requestId(),
                    new PaymentCommand.CancelPaymentLink(c.requestId(), c.linkId(), c.reason()));
        }
        if (work instanceof Outbound.RefundPayment r) {
            return new Addressed(topics.paymentCommands().name(), r.requestId(),
                    new PaymentCommand.RefundPayment(r.requestId(), r.paymentId(), r.amount(), r.reason()));
        }
        if (work instanceof Outbound.Notify n) {
            Map<String, String> variables = new LinkedHashMap<>(n.variables());
            variables.putIfAbsent("requestId", n.requestId());
            return new Addressed(topics.notificationCommands().name(), n.recipient().id(),
                    new NotificationCommand.Notify(n.recipient(), n.channels(), n.templateId(), variables,
                            n.idempotencyKey(), null, n.attachments()));
        }
        Outbound.PostChat chat = (Outbound.PostChat) work;
        return new Addressed(topics.chat().name(), chat.requestId(), new ChatEvent.ChatMessagePosted(chat.messageId(),
                chat.requestId(), chat.author(), chat.authorId(), chat.text(), List.of(), chat.at()));
    }
}
