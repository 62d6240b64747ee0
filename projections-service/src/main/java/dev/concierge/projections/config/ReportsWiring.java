package dev.concierge.projections.config;

import dev.concierge.projections.analytics.application.AnalyticsReading;
import dev.concierge.projections.readmodel.PermanentDatabase;
import dev.concierge.projections.reports.application.DailyReports;
import dev.concierge.projections.reports.documents.OpenPdfReports;
import dev.concierge.projections.reports.domain.ReportLinks;
import dev.concierge.projections.reports.messaging.KafkaReportNotices;
import dev.concierge.projections.reports.persistence.MongoReports;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.kafka.IdempotentProducers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the daily reports: the analytics they print, their store, PDF renderer, signed links and the admins' Notify. */
@ApplicationScoped
public class ReportsWiring {

    @Produces
    @Singleton
    @Named("reports")
    Producer<String, byte[]> reportsProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return IdempotentProducers.create(bootstrapServers, "projections-service-reports");
    }

    void closeReportsProducer(@Disposes @Named("reports") Producer<String, byte[]> producer) {
        producer.close(Duration.ofSeconds(5));
    }

    @Produces
    @Singleton
    ReportLinks reportLinks(@ConfigProperty(name = "concierge.reports.link-key") String key,
            @ConfigProperty(name = "concierge.reports.public-base-url") String publicBaseUrl) {
        return new ReportLinks(key, publicBaseUrl);
    }

    /** Reports are kept with what outlives rebuilds: they record what the admins were sent. */
    @Produces
    @Singleton
    DailyReports dailyReports(AnalyticsReading analytics, PermanentDatabase permanent, EventCodec codec,
            @Named("reports") Producer<String, byte[]> producer, ReportLinks links,
            @ConfigProperty(name = "concierge.reports.link-lifetime") Duration linkLifetime) {
        Clock clock = Clock.systemUTC();
        return new DailyReports(analytics, new OpenPdfReports(), new MongoReports(permanent),
                new KafkaReportNotices(producer, codec, links, linkLifetime, clock), clock);
    }
}
