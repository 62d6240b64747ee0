package dev.concierge.projections.reports.messaging;

import dev.concierge.projections.analytics.domain.Figures;
import dev.concierge.projections.reports.application.ReportNotices;
import dev.concierge.projections.reports.domain.DailyReport;
import dev.concierge.projections.reports.domain.ReportFormat;
import dev.concierge.projections.reports.domain.ReportLinks;
import dev.concierge.projections.reports.domain.StoredReport;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The admins' email about a report: a {@code Notify} on {@code notifications.commands} (a command, not
 * a domain event) to the notifier's {@code admins} group, template {@value #TEMPLATE}, with the PDF and
 * the CSV attached as signed links the notifier downloads. The idempotency key and the event id derive
 * from the day and the generation, so a retried send is one email.
 */
public final class KafkaReportNotices implements ReportNotices {

    static final String TEMPLATE = "admin.daily-report";
    static final Recipient ADMINS = new Recipient("admins", Recipient.Kind.ADMIN, null, null);

    private final Producer<String, byte[]> producer;
    private final EventCodec codec;
    private final ReportLinks links;
    private final Duration linkLifetime;
    private final Clock clock;

    public KafkaReportNotices(Producer<String, byte[]> producer, EventCodec codec, ReportLinks links,
            Duration linkLifetime, Clock clock) {
        this.producer = producer;
        this.codec = codec;
        this.links = links;
        this.linkLifetime = linkLifetime;
        this.clock = clock;
    }

    @Override
    public void send(StoredReport stored, DailyReport report) {
        String key = stored.notificationKey();
        var expires = clock.instant().plus(linkLifetime);
        Figures total = report.total();
        Notify notify = new Notify(ADMINS, List.of(Channel.EMAIL), TEMPLATE, Map.of(
                "date", report.day().toString(),
                "zone", report.zone(),
                "created", Long.toString(total.funnel().created()),
                "paid", Long.toString(total.funnel().paid()),
                "delivered", Long.toString(total.funnel().delivered()),
                "gmv", total.currency() + " " + BigDecimal.valueOf(total.gmvMinor(), 2).toPlainString()),
                key, null, List.of(
                        new Attachment(null, links.url(report.day(), ReportFormat.PDF, expires), ReportFormat.PDF.mediaType()),
                        new Attachment(null, links.url(report.day(), ReportFormat.CSV, expires), ReportFormat.CSV.mediaType())));
        CloudEvent<Notify> event = CloudEvent.of(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(),
                "projections-service", clock.instant(), ADMINS.id(), notify);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.NOTIFICATIONS_COMMANDS.name(), ADMINS.id(),
                codec.encode(event));
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while notifying the admins of report " + key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the admins could not be notified of report " + key, e);
        }
    }
}
