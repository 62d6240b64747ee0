package dev.concierge.projections.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.projections.reports.application.DailyReports;
import dev.concierge.projections.support.ProjectionTopics;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.projections.support.SampleDay;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.notifications.NotificationCommand.Notify;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 6 of issue #14: the daily report's CSV totals equal the analytics API's figures for that
 * day, and so does its PDF's text; the admins get one Notify per generation with both files attached
 * as links the notifier can download without a token.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class DailyReportTest extends ReadModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EventCodec codec = EventCodec.standard();

    @Inject
    DailyReports reports;

    @Test
    void the_reports_csv_and_pdf_totals_equal_the_analytics_summary_of_that_day() throws IOException {
        // given a day with delivered, paid, refunded, cancelled and abandoned requests, taken in by the analytics
        SampleDay sample = SampleDay.publish(topics);
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());

        // when an admin makes that day's report and downloads it
        given().auth().oauth2(TestTokens.admin()).when().post("/v1/reports/" + sample.day)
                .then().statusCode(200).body("generation", equalTo(1))
                .body("notificationKey", equalTo("daily-report:" + sample.day + ":1"));
        Response csv = given().auth().oauth2(TestTokens.admin()).queryParam("format", "csv")
                .when().get("/v1/reports/" + sample.day);
        Response pdf = given().auth().oauth2(TestTokens.admin()).accept("application/pdf")
                .when().get("/v1/reports/" + sample.day);

        // then every total of the CSV is the API's figure of the same name for that day
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        Map<String, String> totals = totals(csv.asString());
        JsonNode summary = JSON.readTree(given().auth().oauth2(TestTokens.admin())
                .queryParam("from", sample.day.toString()).queryParam("to", sample.day.toString())
                .when().get("/v1/analytics/summary").then().statusCode(200).extract().asString()).get("figures");
        assertThat(totals).hasSize(24).containsEntry("funnel.created", "5").containsEntry("gmvMinor", "17100")
                .containsEntry("refunds.amountMinor", "5700").containsEntry("funnel.cancelled", "1");
        totals.forEach((figure, value) -> assertSameFigure(figure, value, summary));
        // and the PDF's text carries each of them, figure and value on one line
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.asByteArray());
        assertThat(text).contains("report, " + sample.day);
        totals.forEach((figure, value) -> assertThat(text).as("PDF line of %s", figure)
                .contains(figure + " " + (value.isEmpty() ? "-" : value)));
    }

    @Test
    void the_admins_get_the_report_with_its_files_attached_as_links_the_notifier_can_open() {
        // given a day's report made by an admin
        LocalDate day = SampleDay.unusedDay();
        given().auth().oauth2(TestTokens.admin()).when().post("/v1/reports/" + day).then().statusCode(200);

        // then a Notify for the admins' group went to notifications.commands
        List<Notify> notifies = notifiesOf(day);
        assertThat(notifies).hasSize(1);
        Notify notify = notifies.get(0);
        assertThat(notify.recipient()).isEqualTo(new Recipient("admins", Recipient.Kind.ADMIN, null, null));
        assertThat(notify.channels()).containsExactly(Channel.EMAIL);
        assertThat(notify.templateId()).isEqualTo("admin.daily-report");
        assertThat(notify.variables()).containsEntry("date", day.toString()).containsEntry("gmv", "INR 0.00");
        assertThat(notify.attachments()).extracting(Attachment::contentType)
                .containsExactly("application/pdf", "text/csv");
        // its links open the files without a token; a tampered one does not
        URI pdfLink = URI.create(notify.attachments().get(0).url());
        Response opened = given().when().get(pdfLink.getPath() + "?" + pdfLink.getRawQuery());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.contentType()).isEqualTo("application/pdf");
        given().when().get(pdfLink.getPath() + "?" + pdfLink.getRawQuery().replace("format=pdf", "format=csv"))
                .then().statusCode(403).body("errors[0].field", equalTo("signature"));
    }

    @Test
    void the_daily_job_notifies_once_per_day_however_often_it_runs_and_regenerating_notifies_anew() {
        // given the job's step run twice for a day (a retried or overlapping run)
        LocalDate day = SampleDay.unusedDay();
        assertThat(reports.ensure(day).generation()).isEqualTo(1);
        assertThat(reports.ensure(day).generation()).isEqualTo(1);
        assertThat(notifiesOf(day)).extracting(Notify::idempotencyKey).containsExactly("daily-report:" + day + ":1");

        // when an admin makes it again
        given().auth().oauth2(TestTokens.admin()).when().post("/v1/reports/" + day)
                .then().statusCode(200).body("generation", equalTo(2));

        // then it replaced the first, and the admins hear of it under a new key
        assertThat(notifiesOf(day)).extracting(Notify::idempotencyKey)
                .containsExactly("daily-report:" + day + ":1", "daily-report:" + day + ":2");
    }

    @Test
    void reports_are_for_admins_and_a_day_without_one_is_not_found() {
        LocalDate day = SampleDay.unusedDay();
        given().auth().oauth2(TestTokens.admin()).when().get("/v1/reports/" + day).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent()).when().post("/v1/reports/" + day).then().statusCode(403);
        given().auth().oauth2(TestTokens.customer("cus_nosy")).when().get("/v1/reports/" + day).then().statusCode(403);
        given().when().get("/v1/reports/" + day).then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).when().get("/v1/reports/yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("day"));
        given().auth().oauth2(TestTokens.admin()).queryParam("format", "xlsx").when().get("/v1/reports/" + day)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    /** The CSV's rows of the day's totals (category ALL), figure → value, after checking its header. */
    private static Map<String, String> totals(String csv) {
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("day,zone,category,figure,value");
        Map<String, String> totals = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            assertThat(fields).hasSize(5);
            if (fields[2].equals("ALL")) {
                totals.put(fields[3], fields[4]);
            }
        }
        return totals;
    }

    /** The same number (or both without a value); "currency" is text. */
    private static void assertSameFigure(String figure, String csvValue, JsonNode summary) {
        JsonNode node = summary.at("/" + figure.replace('.', '/'));
        if (node.isMissingNode() || node.isNull()) {
            assertThat(csvValue).as(figure).isEmpty();
        } else if (node.isNumber()) {
            assertThat(new BigDecimal(csvValue)).as(figure).isEqualByComparingTo(node.decimalValue());
        } else {
            assertThat(csvValue).as(figure).isEqualTo(node.asText());
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The Notifies of {@code day}'s report on notifications.commands, in the order they were sent. */
    private List<Notify> notifiesOf(LocalDate day) {
        return topics.records(Topics.NOTIFICATIONS_COMMANDS.name(), "admins").stream()
                .map(record -> codec.decode(record.value(), Topics.NOTIFICATIONS_COMMANDS).data())
                .filter(Notify.class::isInstance).map(Notify.class::cast)
                .filter(notify -> notify.idempotencyKey().startsWith("daily-report:" + day + ":")).toList();
    }
}
