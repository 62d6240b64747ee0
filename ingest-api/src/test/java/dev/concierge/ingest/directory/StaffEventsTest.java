package dev.concierge.ingest.directory;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.auth.application.FirstAdmin;
import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.TopicReader;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.staff.StaffEvent;
import dev.concierge.schemas.staff.StaffEvent.StaffAccountSaved;
import dev.concierge.schemas.staff.StaffEvent.StaffRole;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff accounts on staff.events: what the notifier resolves the admins group and agents' emails from. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class StaffEventsTest extends ApiTest {

    @Inject
    FirstAdmin firstAdmin;

    @Test
    void the_bootstrap_admin_is_published_once_when_created_and_not_again_on_a_later_start() {
        Api.Session admin = api.admin();

        // (each test boot of the service starts on an empty database and so creates the admin, with the
        // same id, on the one broker of the test JVM: count from here)
        List<StaffEvent> published = staffEvents(admin.subject());
        assertThat(published).last().isEqualTo(new StaffAccountSaved(admin.subject(), StaffRole.ADMIN,
                "Administrator", Api.ADMIN_EMAIL, null, null));

        // what the next start of the service does
        boolean createdAgain = firstAdmin.ensure(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);

        assertThat(createdAgain).isFalse();
        assertThat(staffEvents(admin.subject())).hasSameSizeAs(published);
    }

    @Test
    void an_agent_is_published_when_registered_and_again_with_a_changed_name_email_or_phone() {
        Api.Session admin = api.admin();
        String email = "meera-" + UUID.randomUUID() + "@concierge.local";
        String agentId = as(admin.token()).body(Map.of("name", "Meera Iyer", "email", email, "phone", "+919811111111",
                        "skills", List.of("medicines-health"), "capacity", 5))
                .when().post("/v1/agents").then().statusCode(202).extract().path("id");

        as(admin.token()).body(Map.of("name", "Meera R. Iyer", "email", email.toUpperCase(), "phone", "+919822222222",
                        "skills", List.of("medicines-health"), "capacity", 5))
                .when().put("/v1/agents/{id}", agentId).then().statusCode(202);

        assertThat(staffEvents(agentId)).containsExactly(
                new StaffAccountSaved(agentId, StaffRole.AGENT, "Meera Iyer", email, "+919811111111", null),
                new StaffAccountSaved(agentId, StaffRole.AGENT, "Meera R. Iyer", email, "+919822222222", null));
    }

    @Test
    void a_refused_agent_registration_publishes_no_staff_account() {
        Api.Session admin = api.admin();
        long before = topics.size(Topics.STAFF_EVENTS);

        as(admin.token()).body(Map.of("name", "", "email", "not-an-email", "skills", List.of("medicines-health"), "capacity", 5))
                .when().post("/v1/agents").then().statusCode(400);

        assertThat(topics.size(Topics.STAFF_EVENTS)).isEqualTo(before);
    }

    private List<StaffEvent> staffEvents(String staffId) {
        return topics.withKey(Topics.STAFF_EVENTS, staffId).stream().map(TopicReader.Landed::data).toList();
    }
}
