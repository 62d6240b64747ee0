package dev.concierge.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.concierge.schemas.envelope.EventType;
import dev.concierge.schemas.envelope.EventTypes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicsTest {

    /**
     * The topic table of ARCHITECTURE.md, staff.events (issue #11: staff are recipients of
     * notifications), forecasts.demand (issue #13: the AI worker's demand forecast per category) and
     * media.events (issue #15: uploads and their resized variants).
     */
    private static final List<String> CONTRACT_TOPICS = List.of("chat.messages", "requests.commands",
            "requests.events", "requests.state", "enrichment.commands", "enrichment.results", "payments.commands",
            "payments.events", "payments.webhooks", "notifications.commands", "notifications.events",
            "outreach.commands", "stores.inbound", "stores.events", "agents.events", "customers.events",
            "staff.events", "forecasts.demand", "media.events");

    @Test
    void the_catalog_has_exactly_the_contracts_topics() {
        // when / then
        assertThat(Topics.ALL).extracting(Topic::name).containsExactlyElementsOf(CONTRACT_TOPICS);
    }

    @Test
    void only_the_latest_value_topics_are_compacted() {
        // when / then: the request snapshot and the demand forecast, both a latest value per key
        for (Topic<?> latest : List.of(Topics.REQUESTS_STATE, Topics.FORECASTS_DEMAND)) {
            assertThat(latest.cleanupPolicy()).isEqualTo(CleanupPolicy.COMPACT);
            assertThat(latest.topicConfigs()).containsExactly(Map.entry("cleanup.policy", "compact"));
        }
        assertThat(Topics.ALL).filteredOn(topic -> topic != Topics.REQUESTS_STATE && topic != Topics.FORECASTS_DEMAND)
                .extracting(Topic::cleanupPolicy).containsOnly(CleanupPolicy.DELETE);
    }

    @Test
    void every_topic_has_the_default_six_partitions() {
        assertThat(Topics.ALL).extracting(Topic::partitions).containsOnly(6);
    }

    @Test
    void every_topic_has_a_dead_letter_topic() {
        // when
        List<String> names = Topics.allNamesIncludingDlqs();

        // then each topic is followed by its .dlq and nothing else is there
        assertThat(names).hasSize(2 * CONTRACT_TOPICS.size());
        for (String topic : CONTRACT_TOPICS) {
            assertThat(names).containsSubsequence(topic, topic + ".dlq");
        }
        assertThat(Topics.PAYMENTS_WEBHOOKS.dlqName()).isEqualTo("payments.webhooks.dlq");
    }

    @Test
    void dead_letter_topics_are_never_compacted_and_keep_poison_records_a_month() {
        // a compacted topic's poison records would vanish behind a later record with the same key
        assertThat(Topics.REQUESTS_STATE.dlqTopicConfigs())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", Long.toString(30L * 24 * 60 * 60 * 1000));
    }

    @Test
    void facts_are_kept_forever_and_commands_for_a_week() {
        // when / then
        assertThat(Topics.REQUESTS_EVENTS.retention()).isNull();
        assertThat(Topics.REQUESTS_EVENTS.topicConfigs()).containsEntry("retention.ms", "-1");
        assertThat(Topics.PAYMENTS_COMMANDS.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(Topics.PAYMENTS_COMMANDS.topicConfigs())
                .containsExactlyInAnyOrderEntriesOf(Map.of("cleanup.policy", "delete", "retention.ms", "604800000"));
    }

    @Test
    void event_type_names_are_unique_across_all_topics_and_versioned() {
        // given every type name the catalog carries
        List<String> names = Topics.ALL.stream().flatMap(topic -> topic.eventTypes().stream())
                .map(EventTypes::typeOf).toList();

        // then no name is used twice and each ends in a version
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).allMatch(name -> name.matches("concierge(\\.[a-z][a-z-]*)+\\.v[1-9][0-9]*"),
                "look like concierge.<area>.<name>.vN");
    }

    @Test
    void every_event_record_in_the_code_is_on_a_topic() {
        // given every class of the schemas module annotated with @EventType
        Set<Class<?>> annotated = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.concierge.schemas").stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(EventType.class))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());

        // then each is carried by a topic, so it has a serde, a schema and a round-trip test
        Set<Class<?>> carried = Topics.ALL.stream().flatMap(topic -> topic.eventTypes().stream())
                .collect(Collectors.toSet());
        assertThat(annotated).hasSizeGreaterThan(60).isEqualTo(carried);
    }

    @Test
    void a_topic_carries_every_record_its_sealed_interface_permits() {
        // when / then
        assertThat(Topics.PAYMENTS_EVENTS.eventTypes())
                .containsExactlyInAnyOrder(
                        dev.concierge.schemas.payments.PaymentEvent.class.getPermittedSubclasses());
        assertThat(Topics.REQUESTS_STATE.eventTypes())
                .containsExactly(dev.concierge.schemas.requests.RequestSnapshot.class);
    }

    @Test
    void a_renamed_topic_keeps_everything_but_its_name() {
        // when a test makes its own copy of a topic
        Topic<?> copy = Topics.REQUESTS_STATE.withName("requests.state.test-42");

        // then
        assertThat(copy.name()).isEqualTo("requests.state.test-42");
        assertThat(copy.dlqName()).isEqualTo("requests.state.test-42.dlq");
        assertThat(copy.topicConfigs()).isEqualTo(Topics.REQUESTS_STATE.topicConfigs());
        assertThat(copy.eventTypes()).isEqualTo(Topics.REQUESTS_STATE.eventTypes());
    }

    @Test
    void rejects_a_compacted_topic_with_a_retention() {
        assertThatThrownBy(() -> Topic.of("requests.state", CleanupPolicy.COMPACT, Duration.ofDays(1),
                dev.concierge.schemas.requests.RequestSnapshot.class, "request id", "snapshots"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compacted");
    }

    @Test
    void finds_a_topic_by_its_name() {
        assertThat(Topics.byName("outreach.commands")).containsSame(Topics.OUTREACH_COMMANDS);
        assertThat(Topics.byName("outreach.commands.dlq")).isEmpty();
    }
}
