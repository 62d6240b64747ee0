package dev.concierge.ingest.directory;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.TopicReader;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.QuietHours;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.stores.StoreEvent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class DirectoryWritesTest extends ApiTest {

    @Test
    void an_admin_registers_updates_and_pauses_a_store() {
        Api.Session admin = api.admin();
        String phone = Api.newPhone();

        String storeId = as(admin.token()).body(store(phone, "Sri Sai Medicals"))
                .when().post("/v1/stores").then().statusCode(202).extract().path("id");
        as(admin.token()).body(store(phone, "Sri Sai Medicals & General"))
                .when().put("/v1/stores/{id}", storeId).then().statusCode(202);
        as(api.agent().token()).body(Map.of("available", false, "reason", "closed for Diwali"))
                .when().post("/v1/stores/{id}/availability", storeId).then().statusCode(202);

        List<StoreEvent> events = topics.withKey(Topics.STORES_EVENTS, storeId).stream()
                .map(TopicReader.Landed::data).toList();
        assertThat(events).hasSize(3);
        StoreEvent.StoreRegistered registered = (StoreEvent.StoreRegistered) events.get(0);
        assertThat(registered.phone()).isEqualTo(phone);
        assertThat(registered.openingHours()).containsExactly(
                new dev.concierge.schemas.common.OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(22, 0)));
        assertThat(((StoreEvent.StoreUpdated) events.get(1)).name()).isEqualTo("Sri Sai Medicals & General");
        assertThat(events.get(2)).isEqualTo(new StoreEvent.StoreAvailabilityChanged(storeId, false, "closed for Diwali"));
    }

    @Test
    void a_store_that_does_not_say_how_far_it_delivers_gets_the_default_radius_of_3_km() {
        Map<String, Object> body = new java.util.HashMap<>(store(Api.newPhone(), "Radius Unknown Kirana"));
        body.remove("radiusMeters");

        String storeId = as(api.admin().token()).body(body).when().post("/v1/stores").then().statusCode(202)
                .extract().path("id");

        StoreEvent.StoreRegistered registered = (StoreEvent.StoreRegistered) topics.withKey(Topics.STORES_EVENTS, storeId)
                .get(0).data();
        assertThat(registered.radiusMeters()).isEqualTo(3_000);
    }

    @Test
    void a_store_needs_a_location_and_a_phone_no_other_store_uses() {
        Api.Session admin = api.admin();
        String phone = Api.newPhone();
        as(admin.token()).body(store(phone, "First")).when().post("/v1/stores").then().statusCode(202);

        as(admin.token()).body(store(phone, "Second")).when().post("/v1/stores")
                .then().statusCode(409).contentType("application/problem+json");
        Map<String, Object> noLocation = new java.util.HashMap<>(store(Api.newPhone(), "Third"));
        noLocation.put("address", Map.of("line1", "1 Main St", "city", "Pune", "pincode", "411001"));
        as(admin.token()).body(noLocation).when().post("/v1/stores")
                .then().statusCode(400).body("errors[0].field", equalTo("address.location"));
    }

    @Test
    void a_store_category_outside_the_taxonomy_is_refused_naming_the_field_and_the_valid_ids() {
        Map<String, Object> body = with(store(Api.newPhone(), "Free Form Medicals"), "categories",
                List.of("medicines-health", "pharmacy"));
        long before = topics.size(Topics.STORES_EVENTS);

        as(api.admin().token()).body(body).when().post("/v1/stores")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("categories[1]"))
                .body("errors[0].message", containsString("'pharmacy' is not a category id"))
                .body("errors[0].message", containsString("medicines-health"))
                .body("errors[0].message", containsString("mobile-computer-accessories"));

        assertThat(topics.size(Topics.STORES_EVENTS)).isEqualTo(before);
    }

    @Test
    void an_agent_skill_outside_the_taxonomy_is_refused_at_registration_and_at_update() {
        Api.Session admin = api.admin();
        Api.Session agent = api.agent();
        Map<String, Object> body = with(agent("free.form." + UUID.randomUUID() + "@concierge.local", "pune"),
                "skills", List.of("Groceries"));

        as(admin.token()).body(body).when().post("/v1/agents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("skills[0]"))
                .body("errors[0].message", containsString("valid ids: grocery, dairy,"));
        as(admin.token()).body(with(body, "email", api.emailOf(agent))).when().put("/v1/agents/{id}", agent.subject())
                .then().statusCode(400).body("errors[0].field", equalTo("skills[0]"));
    }

    @Test
    void only_admins_register_stores_and_agents() {
        Api.Session customer = api.customer();
        as(customer.token()).body(store(Api.newPhone(), "Mine")).when().post("/v1/stores").then().statusCode(403);
        as(api.agent().token()).body(Map.of("name", "X", "email", "x@concierge.local", "skills", List.of(),
                "capacity", 1)).when().post("/v1/agents").then().statusCode(403);
    }

    @Test
    void an_agent_sets_their_own_availability_but_not_another_agents() {
        Api.Session agent = api.agent();
        Api.Session other = api.agent();

        as(agent.token()).body(Map.of("online", true))
                .when().post("/v1/agents/{id}/availability", agent.subject()).then().statusCode(202);
        as(agent.token()).body(Map.of("online", false))
                .when().post("/v1/agents/{id}/availability", other.subject()).then().statusCode(403);
        as(api.admin().token()).body(Map.of("online", false))
                .when().post("/v1/agents/{id}/availability", other.subject()).then().statusCode(202);

        assertThat(topics.withKey(Topics.AGENTS_EVENTS, agent.subject())).extracting(TopicReader.Landed::data)
                .contains(new AgentEvent.AgentAvailabilityChanged(agent.subject(), true));
        assertThat(topics.withKey(Topics.AGENTS_EVENTS, other.subject())).extracting(TopicReader.Landed::data)
                .contains(new AgentEvent.AgentAvailabilityChanged(other.subject(), false));
    }

    @Test
    void an_admin_replaces_an_agents_description() {
        Api.Session agent = api.agent();

        as(api.admin().token()).body(Map.of("name", "Asha Rao", "email", "asha.rao@concierge.local",
                        "skills", List.of("medicines-health", "electronics"), "capacity", 12))
                .when().put("/v1/agents/{id}", agent.subject()).then().statusCode(202);

        assertThat(topics.withKey(Topics.AGENTS_EVENTS, agent.subject())).extracting(TopicReader.Landed::data)
                .contains(new AgentEvent.AgentUpdated(agent.subject(), "Asha Rao", "asha.rao@concierge.local", null,
                        List.of("medicines-health", "electronics"), 12));
    }

    @Test
    void an_agents_zone_is_passed_on_at_registration_update_and_availability() {
        Api.Session admin = api.admin();
        String email = "zone." + UUID.randomUUID() + "@concierge.local";

        String agentId = as(admin.token()).body(agent(email, "mumbai")).when().post("/v1/agents")
                .then().statusCode(202).extract().path("id");
        as(admin.token()).body(agent(email, "Navi Mumbai")).when().put("/v1/agents/{id}", agentId).then().statusCode(202);
        as(admin.token()).body(Map.of("online", true, "zone", "pune"))
                .when().post("/v1/agents/{id}/availability", agentId).then().statusCode(202);
        as(admin.token()).body(Map.of("online", false))
                .when().post("/v1/agents/{id}/availability", agentId).then().statusCode(202);

        List<AgentEvent> events = topics.withKey(Topics.AGENTS_EVENTS, agentId).stream()
                .map(landed -> (AgentEvent) landed.data()).toList();
        assertThat(events).hasSize(4);
        assertThat(((AgentEvent.AgentRegistered) events.get(0)).zone()).isEqualTo("mumbai");
        assertThat(((AgentEvent.AgentUpdated) events.get(1)).zone()).isEqualTo("Navi Mumbai");
        assertThat(events.subList(2, 4)).containsExactly(new AgentEvent.AgentAvailabilityChanged(agentId, true, "pune"),
                new AgentEvent.AgentAvailabilityChanged(agentId, false, null));
    }

    @Test
    void a_zone_that_names_no_city_or_is_too_long_is_a_400_naming_zone() {
        Api.Session admin = api.admin();
        Api.Session agent = api.agent();

        as(admin.token()).body(agent("nozone." + UUID.randomUUID() + "@concierge.local", " - "))
                .when().post("/v1/agents").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("zone"));
        as(agent.token()).body(Map.of("online", true, "zone", "x".repeat(101)))
                .when().post("/v1/agents/{id}/availability", agent.subject()).then().statusCode(400)
                .body("errors.field", contains("zone"));
    }

    @Test
    void staff_cannot_use_customer_self_service_and_customers_cannot_touch_agents() {
        Api.Session agent = api.agent();
        Api.Session customer = api.customer();

        as(agent.token()).body(Map.of("name", "Not a customer"))
                .when().put("/v1/customers/me/profile").then().statusCode(403).contentType("application/problem+json");
        as(agent.token()).body(Map.of("text", "x", "deliveryAddress", Api.address()))
                .when().post("/v1/requests").then().statusCode(403);
        as(customer.token()).body(Map.of("online", true))
                .when().post("/v1/agents/{id}/availability", agent.subject()).then().statusCode(403);
        as(api.admin().token()).body(Map.of("online", true))
                .when().post("/v1/agents/{id}/availability", "agt_00000000-0000-4000-8000-000000000000")
                .then().statusCode(404);
    }

    @Test
    void a_customer_updates_their_profile_addresses_and_notification_preferences() {
        Api.Session customer = api.customer();

        as(customer.token()).body(Map.of("name", "Ravi Kumar", "email", "Ravi@Example.com"))
                .when().put("/v1/customers/me/profile").then().statusCode(202);
        String addressId = as(customer.token()).body(Map.of("label", "Home", "address", Api.address()))
                .when().post("/v1/customers/me/addresses").then().statusCode(202).extract().path("id");
        as(customer.token()).body(Map.of("channels", List.of("WHATSAPP", "SMS"), "marketingOptIn", false))
                .when().put("/v1/customers/me/notification-preferences").then().statusCode(202);

        List<CustomerEvent> events = topics.withKey(Topics.CUSTOMERS_EVENTS, customer.subject()).stream()
                .map(TopicReader.Landed::data).toList();
        assertThat(events).hasSize(4);
        assertThat(events.get(1)).isEqualTo(
                new CustomerEvent.CustomerProfileUpdated(customer.subject(), "Ravi Kumar", "ravi@example.com"));
        assertThat(((CustomerEvent.AddressSaved) events.get(2)).addressId()).isEqualTo(addressId);
        assertThat(events.get(3)).isEqualTo(new CustomerEvent.NotificationPreferencesUpdated(customer.subject(),
                List.of(Channel.WHATSAPP, Channel.SMS), false));
    }

    @Test
    void a_customer_sets_language_and_quiet_hours_with_their_notification_preferences() {
        Api.Session customer = api.customer();

        as(customer.token()).body(Map.of("channels", List.of("WHATSAPP"), "marketingOptIn", true, "language", "hi",
                        "quietHours", Map.of("start", "22:00", "end", "07:00", "timeZone", "Asia/Kolkata")))
                .when().put("/v1/customers/me/notification-preferences").then().statusCode(202);

        CustomerEvent last = lastEventOf(customer);
        assertThat(last).isEqualTo(new CustomerEvent.NotificationPreferencesUpdated(customer.subject(),
                List.of(Channel.WHATSAPP), true, "hi",
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), "Asia/Kolkata")));
    }

    @Test
    void notification_preferences_with_an_unknown_language_or_impossible_quiet_hours_are_refused_naming_the_field() {
        Api.Session customer = api.customer();
        long before = topics.withKey(Topics.CUSTOMERS_EVENTS, customer.subject()).size();
        Map<String, Object> quiet = Map.of("start", "22:00", "end", "07:00", "timeZone", "Asia/Kolkata");
        Map<String, Map<String, Object>> refused = new java.util.LinkedHashMap<>();
        refused.put("language", Map.of("language", "fr"));
        refused.put("language ", Map.of("language", "EN"));
        refused.put("quietHours.start", Map.of("quietHours", with(quiet, "start", "24:00")));
        refused.put("quietHours.end", Map.of("quietHours", with(quiet, "end", "7pm")));
        refused.put("quietHours.end ", Map.of("quietHours", with(quiet, "end", "22:00")));
        refused.put("quietHours.timeZone", Map.of("quietHours", with(quiet, "timeZone", "Mars/Olympus")));
        refused.put("quietHours.timeZone ", Map.of("quietHours", with(quiet, "timeZone", "+05:30")));
        refused.put("quietHours.timeZone  ", Map.of("quietHours", Map.of("start", "22:00", "end", "07:00")));

        refused.forEach((field, extra) -> {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("channels", List.of("SMS"), "marketingOptIn", false));
            body.putAll(extra);
            as(customer.token()).body(body).when().put("/v1/customers/me/notification-preferences")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(field.trim()));
        });
        assertThat(topics.withKey(Topics.CUSTOMERS_EVENTS, customer.subject())).hasSize((int) before);
    }

    @Test
    void a_customer_registers_and_unregisters_a_device_for_push_notifications() {
        Api.Session customer = api.customer();
        String token = "fGz3:APA91bH" + "x".repeat(140) + "_-.";

        as(customer.token()).body(Map.of("deviceId", "pixel-7-5f2c", "platform", "ANDROID", "pushToken", token))
                .when().post("/v1/customers/me/devices").then().statusCode(202).body("id", equalTo("pixel-7-5f2c"));
        assertThat(lastEventOf(customer)).isEqualTo(new CustomerEvent.DeviceRegistered(customer.subject(),
                "pixel-7-5f2c", CustomerEvent.DevicePlatform.ANDROID, token));

        as(customer.token()).when().delete("/v1/customers/me/devices/{id}", "pixel-7-5f2c").then().statusCode(202);
        assertThat(lastEventOf(customer)).isEqualTo(new CustomerEvent.DeviceUnregistered(customer.subject(), "pixel-7-5f2c"));
    }

    @Test
    void a_device_registration_sent_twice_with_one_idempotency_key_is_written_once() {
        Api.Session customer = api.customer();
        Map<String, Object> body = Map.of("deviceId", "web-1", "platform", "WEB", "pushToken", "tok:123");
        String key = UUID.randomUUID().toString();

        String first = as(customer.token()).header("Idempotency-Key", key).body(body)
                .when().post("/v1/customers/me/devices").then().statusCode(202).extract().path("eventId");
        String second = as(customer.token()).header("Idempotency-Key", key).body(body)
                .when().post("/v1/customers/me/devices").then().statusCode(202)
                .header("Idempotent-Replayed", "true").extract().path("eventId");

        assertThat(second).isEqualTo(first);
        assertThat(topics.matching(Topics.CUSTOMERS_EVENTS, landed -> landed.data() instanceof CustomerEvent.DeviceRegistered
                && landed.key().equals(customer.subject()))).hasSize(1);
    }

    @Test
    void device_registration_names_the_wrong_field_and_is_for_customers_only() {
        Api.Session customer = api.customer();
        long before = topics.size(Topics.CUSTOMERS_EVENTS);
        Map<String, Object> good = Map.of("deviceId", "ios-1", "platform", "IOS", "pushToken", "abc123");
        Map<String, Map<String, Object>> refused = new java.util.LinkedHashMap<>();
        refused.put("deviceId", with(good, "deviceId", "a b"));
        refused.put("deviceId ", with(good, "deviceId", "d".repeat(101)));
        refused.put("platform", with(good, "platform", "BLACKBERRY"));
        refused.put("pushToken", with(good, "pushToken", "<script>"));
        refused.put("pushToken ", with(good, "pushToken", "t".repeat(4097)));
        refused.put("pushToken  ", with(good, "pushToken", ""));

        refused.forEach((field, body) -> as(customer.token()).body(body).when().post("/v1/customers/me/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(field.trim())));
        as(customer.token()).when().delete("/v1/customers/me/devices/{id}", "a b")
                .then().statusCode(400).contentType("application/problem+json");
        as(api.agent().token()).body(good).when().post("/v1/customers/me/devices")
                .then().statusCode(403).contentType("application/problem+json");
        Api.as("not-a-token").body(good).when().post("/v1/customers/me/devices").then().statusCode(401);

        assertThat(topics.size(Topics.CUSTOMERS_EVENTS)).isEqualTo(before);
    }

    private CustomerEvent lastEventOf(Api.Session customer) {
        List<TopicReader.Landed<CustomerEvent>> events = topics.withKey(Topics.CUSTOMERS_EVENTS, customer.subject());
        return events.get(events.size() - 1).data();
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> agent(String email, String zone) {
        return Map.of("name", "Meera Iyer", "email", email, "skills", List.of("medicines-health"), "capacity", 5, "zone", zone);
    }

    private static Map<String, Object> store(String phone, String name) {
        return Map.of("name", name, "phone", phone, "address", Api.address(), "categories", List.of("medicines-health"),
                "openingHours", List.of(Map.of("day", "MONDAY", "opens", "09:00", "closes", "22:00")),
                "radiusMeters", 4000);
    }
}
