package dev.concierge.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.schemas.taxonomy.Taxonomy;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped demo directory is one the ingest API accepts, and the demo journey can rely on it. */
class DemoDirectoryTest {

    private final JsonNode directory = DemoDirectory.load();

    @Test
    void every_category_and_skill_is_a_taxonomy_id() {
        Taxonomy taxonomy = Taxonomy.standard();
        for (JsonNode entry : directory.path("stores")) {
            assertThat(DemoDirectory.categoriesOf(entry)).isNotEmpty().allMatch(taxonomy::contains);
        }
        for (JsonNode entry : directory.path("agents")) {
            assertThat(DemoDirectory.categoriesOf(entry)).isNotEmpty().allMatch(taxonomy::contains);
        }
    }

    @Test
    void a_dozen_stores_with_distinct_indian_whatsapp_numbers_and_pins_in_one_city() {
        Set<String> phones = new HashSet<>();
        for (JsonNode store : directory.path("stores")) {
            assertThat(store.path("phone").asText()).matches("\\+91[6-9]\\d{9}");
            assertThat(phones.add(store.path("phone").asText())).as("phone %s once", store.path("phone")).isTrue();
            assertThat(store.path("address").path("city").asText()).isEqualTo(directory.path("city").asText());
            assertThat(store.path("address").path("location").path("lat").asDouble()).isBetween(12.8, 13.1);
        }
        assertThat(directory.path("stores")).hasSize(12);
    }

    @Test
    void the_journeys_phone_accessory_stores_publish_no_hours_so_the_demo_finds_them_open_at_any_hour() {
        long alwaysAsked = 0;
        for (JsonNode store : directory.path("stores")) {
            if (DemoDirectory.categoriesOf(store).contains("mobile-computer-accessories") && !store.has("openingHours")) {
                alwaysAsked++;
            }
        }
        assertThat(alwaysAsked).isGreaterThanOrEqualTo(2);
    }

    @Test
    void three_agents_with_passwords_the_reset_accepts_and_one_for_phone_accessories() {
        assertThat(directory.path("agents")).hasSize(3);
        for (JsonNode agent : directory.path("agents")) {
            assertThat(agent.path("password").asText()).hasSizeGreaterThanOrEqualTo(12);
        }
        assertThat(DemoDirectory.categoriesOf(DemoDirectory.agent(DemoJourney.AGENT_EMAIL)))
                .contains("mobile-computer-accessories");
    }

    @Test
    void the_invitation_token_is_read_from_the_text_and_from_the_html_email() {
        assertThat(DemoDirectory.tokenIn("Hello Arjun, choose your password with this one-time token: "
                + "Zk3-q_9xTb2LmP0aV7cE1rW5 (valid for 60 minutes).")).isEqualTo("Zk3-q_9xTb2LmP0aV7cE1rW5");
        assertThat(DemoDirectory.tokenIn("<p style=\"font-family:monospace\">Zk3-q_9xTb2LmP0aV7cE1rW5</p>"))
                .isEqualTo("Zk3-q_9xTb2LmP0aV7cE1rW5");
        assertThat(DemoDirectory.tokenIn("<p>Hello Arjun,</p>")).isNull();
    }
}
