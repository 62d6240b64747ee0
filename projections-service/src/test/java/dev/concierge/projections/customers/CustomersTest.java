package dev.concierge.projections.customers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.projections.support.CustomerJourney;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.projections.support.Waiting;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.customers.CustomerEvent;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The {@code customers} read model on the real broker and the Mongo-wire server: a customer's events
 * become their profile (contact details and addresses decrypted for the API), the same events again or
 * an older one after a newer change nothing, and the API's list conventions and visibility.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class CustomersTest extends ReadModelTest {

    private static final String CUSTOMERS_GROUP = "projections-service-customers-customers-events";

    @Test
    void a_customers_events_become_their_profile_and_the_same_or_older_events_change_nothing() {
        // given a customer who registered, saved an address, set preferences, added a device and renamed themselves
        CustomerJourney customer = new CustomerJourney(Instant.parse("2026-11-01T10:00:00Z"));
        List<CloudEvent<CustomerEvent>> events = List.of(customer.registered(),
                customer.addressSaved(1, "adr_home", customer.home, true), customer.preferences(2),
                customer.device(3, "dev_1"), customer.profileUpdated(4, "Asha Rao"));
        events.forEach(event -> topics.publish(Topics.CUSTOMERS_EVENTS, event));

        // when the read model has taken them in
        JsonPath profile = awaitCustomer(customer.customerId, p -> "Asha Rao".equals(p.getString("name"))
                && p.getList("devices").size() == 1 && p.get("preferences") != null);

        // then the profile has every part, personal fields decrypted
        assertThat(profile.getString("phone")).isEqualTo(customer.phone);
        assertThat(profile.getString("email")).isEqualTo(customer.email);
        assertThat(profile.getBoolean("erased")).isFalse();
        assertThat(profile.getString("addresses[0].addressId")).isEqualTo("adr_home");
        assertThat(profile.getString("addresses[0].address.line1")).isEqualTo(customer.home.line1());
        assertThat(profile.getBoolean("addresses[0].defaultAddress")).isTrue();
        assertThat(profile.getList("preferences.channels", String.class)).containsExactly("WHATSAPP", "EMAIL");
        assertThat(profile.getString("devices[0].platform")).isEqualTo("ANDROID");
        assertThat(profile.getString("since")).isEqualTo(customer.registeredAt.toString());
        assertThat(profile.getLong("requestCount")).isZero();
        String before = profile.prettify();

        // when every event comes again, then older ones after the newer (an old name, an old address)
        events.forEach(event -> topics.publish(Topics.CUSTOMERS_EVENTS, event));
        topics.publish(Topics.CUSTOMERS_EVENTS, customer.profileUpdated(3, "Old Name"));
        topics.publish(Topics.CUSTOMERS_EVENTS, customer.addressSaved(0, "adr_home",
                new Address("Old street", null, null, "Pune", "411001", null), false));
        topics.awaitConsumed(CUSTOMERS_GROUP, Topics.CUSTOMERS_EVENTS.name());

        // then the profile reads exactly as before
        assertThat(customerAs(TestTokens.admin(), customer.customerId).jsonPath().prettify()).isEqualTo(before);
    }

    @Test
    void staff_list_customers_newest_first_by_phone_and_with_a_cursor_without_repeats() {
        // given three customers a minute apart, in a time window of their own
        Instant window = Instant.parse("2021-01-01T00:00:00Z").plusSeconds(60L * ThreadLocalRandom.current().nextInt(500_000));
        List<String> newestFirst = new ArrayList<>();
        List<CustomerJourney> customers = new ArrayList<>();
        for (int minute = 0; minute < 3; minute++) {
            CustomerJourney customer = new CustomerJourney(window.plusSeconds(60L * minute));
            topics.publish(Topics.CUSTOMERS_EVENTS, customer.registered());
            customers.add(customer);
            newestFirst.add(0, customer.customerId);
        }
        customers.forEach(customer -> awaitCustomer(customer.customerId, p -> p.getString("phone") != null));
        Map<String, String> inWindow = Map.of("sinceFrom", window.toString(), "sinceTo", window.plusSeconds(3_600).toString());

        // when an admin pages through the window two at a time
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> query = new java.util.HashMap<>(inWindow);
            query.put("limit", "2");
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonPath page = listAs(TestTokens.admin(), query).jsonPath();
            List<String> items = page.getList("items.customerId", String.class);
            seen.addAll(items);
            pageSizes.add(items.size());
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        // then every customer came once, newest first; and the phone finds one, however it is written
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(pageSizes).containsExactly(2, 1);
        String spaced = customers.get(1).phone.replaceFirst("^\\+91", "+91 ");
        assertThat(listAs(TestTokens.agent(), Map.of("phone", spaced)).jsonPath().getList("items.customerId", String.class))
                .containsExactly(customers.get(1).customerId);
    }

    @Test
    void a_customer_reads_only_themselves_and_the_directory_is_for_staff() {
        CustomerJourney customer = new CustomerJourney(Instant.parse("2026-11-02T10:00:00Z"));
        CustomerJourney other = new CustomerJourney(Instant.parse("2026-11-02T10:00:00Z"));
        topics.publish(Topics.CUSTOMERS_EVENTS, customer.registered());
        topics.publish(Topics.CUSTOMERS_EVENTS, other.registered());
        awaitCustomer(customer.customerId, p -> true);
        awaitCustomer(other.customerId, p -> true);
        String token = TestTokens.customer(customer.customerId);

        assertThat(given().auth().oauth2(token).when().get("/v1/customers/me").jsonPath().getString("phone"))
                .isEqualTo(customer.phone);
        customerAs(token, customer.customerId).then().statusCode(200);
        customerAs(token, other.customerId).then().statusCode(404).contentType("application/problem+json");
        listAs(token, Map.of()).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().get("/v1/customers/me").then().statusCode(404);
        given().when().get("/v1/customers").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_signed_in_customer_whose_registration_has_not_arrived_yet_reads_an_empty_profile_of_their_own() {
        String customerId = new CustomerJourney(Instant.parse("2026-11-02T10:00:00Z")).customerId;

        var me = given().auth().oauth2(TestTokens.customer(customerId)).when().get("/v1/customers/me")
                .then().statusCode(200).extract().jsonPath();

        assertThat(me.getString("customerId")).isEqualTo(customerId);
        assertThat(me.getString("phone")).isNull();
        assertThat(me.getList("addresses")).isEmpty();
        assertThat(me.getBoolean("erased")).isFalse();
    }

    @Test
    void bad_list_parameters_are_problem_json_naming_the_parameter() {
        Map<String, Map<String, String>> cases = Map.of(
                "limit", Map.of("limit", "0"),
                "cursor", Map.of("cursor", "not-a-cursor"),
                "sinceFrom", Map.of("sinceFrom", "yesterday"),
                "sinceTo", Map.of("sinceFrom", "2026-11-02T00:00:00Z", "sinceTo", "2026-11-01T00:00:00Z"));
        cases.forEach((parameter, query) -> listAs(TestTokens.admin(), query).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(parameter)));
    }

    private static Response listAs(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/v1/customers");
    }

    private static Response customerAs(String token, String customerId) {
        return given().auth().oauth2(token).when().get("/v1/customers/" + customerId);
    }

    private static JsonPath awaitCustomer(String customerId, Predicate<JsonPath> done) {
        JsonPath[] last = new JsonPath[1];
        Waiting.until("customer " + customerId, () -> {
            Response answer = customerAs(TestTokens.admin(), customerId);
            last[0] = answer.statusCode() == 200 ? answer.jsonPath() : null;
            return last[0] != null && done.test(last[0]);
        });
        return last[0];
    }
}
