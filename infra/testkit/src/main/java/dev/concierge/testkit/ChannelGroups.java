package dev.concierge.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Places a module's Kafka consumer groups at the end of the shared test broker's topics before its
 * {@code @QuarkusTest} application starts.
 *
 * <p>One broker serves the whole test run, and every module before this one has left its records on
 * the catalog topics (thousands of requests on {@code requests.events}, commands on
 * {@code enrichment.commands} …). A group that has never committed starts at the earliest offset, as
 * it must in production, and would work through all of that before it reaches the records its own
 * tests publish: minutes in a full run, longer than a test waits (a CI run failed so, with the AI
 * worker analysing every request the processor's tests had made). So each channel of the module's
 * {@code application.properties} ({@code mp.messaging.incoming.<channel>.*} with the
 * {@code smallrye-kafka} connector; {@code %test.} values win) whose group has no committed offset on
 * a topic is committed at that topic's end. A group that already committed, e.g. when a second test
 * profile restarts the application, is left where it is, so redelivery tests still see their records.
 */
final class ChannelGroups {

    private static final System.Logger LOG = System.getLogger(ChannelGroups.class.getName());
    private static final String PREFIX = "mp.messaging.incoming.";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final long TIMEOUT_SECONDS = 30;

    /** A consumer group and the topics it reads. */
    record GroupTopics(String group, Set<String> topics) {
    }

    private ChannelGroups() {
    }

    /** The groups of the application's Kafka channels, read from its {@code application.properties}. */
    static List<GroupTopics> ofApplication(ClassLoader loader) {
        URL resource = loader.getResource("application.properties");
        if (resource == null) {
            return List.of();
        }
        Properties raw = new Properties();
        try (InputStream in = resource.openStream()) {
            raw.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return ofProperties(raw);
    }

    static List<GroupTopics> ofProperties(Properties raw) {
        Map<String, String> config = testProfileView(raw);
        Map<String, GroupTopics> groups = new LinkedHashMap<>();
        for (String key : config.keySet()) {
            if (!key.startsWith(PREFIX) || !key.endsWith(".connector")
                    || !"smallrye-kafka".equals(config.get(key))) {
                continue;
            }
            String channel = key.substring(PREFIX.length(), key.length() - ".connector".length());
            String group = config.getOrDefault(PREFIX + channel + ".group.id", config.get("kafka.group.id"));
            if (group == null || config.containsKey(PREFIX + channel + ".pattern")) {
                continue; // a random group starts nowhere in particular; a pattern names no topic to place it on
            }
            groups.computeIfAbsent(group, name -> new GroupTopics(name, new LinkedHashSet<>()))
                    .topics().addAll(topicsOf(channel, config));
        }
        return List.copyOf(groups.values());
    }

    /** Commits each group at the end of every topic on which it has no committed offset yet. */
    static void startAtEnd(String bootstrapServers, List<GroupTopics> groups) {
        if (groups.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (GroupTopics group : groups) {
                startAtEnd(admin, group);
            }
        }
    }

    private static void startAtEnd(Admin admin, GroupTopics group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.group())
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Set<String> started = new LinkedHashSet<>();
            committed.keySet().forEach(partition -> started.add(partition.topic()));
            List<String> fresh = group.topics().stream().filter(topic -> !started.contains(topic)).toList();
            if (fresh.isEmpty()) {
                return;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(fresh).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(partition ->
                        latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : admin.listOffsets(latest).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).entrySet()) {
                ends.put(end.getKey(), new OffsetAndMetadata(end.getValue().offset()));
            }
            admin.alterConsumerGroupOffsets(group.group(), ends).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long skipped = ends.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
            LOG.log(System.Logger.Level.INFO, "consumer group {0} starts at the end of {1} ({2} earlier records "
                    + "of the shared test broker skipped)", group.group(), fresh, skipped);
        } catch (ExecutionException | TimeoutException e) {
            // the application then starts where Kafka puts a new group; its tests may be slower, not wrong
            LOG.log(System.Logger.Level.WARNING, "could not place consumer group " + group.group()
                    + " at the end of " + group.topics() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while placing consumer group " + group.group(), e);
        }
    }

    private static List<String> topicsOf(String channel, Map<String, String> config) {
        String topics = config.get(PREFIX + channel + ".topics");
        if (topics != null) {
            return Arrays.stream(topics.split(",")).map(String::trim).filter(topic -> !topic.isEmpty()).toList();
        }
        String topic = config.getOrDefault(PREFIX + channel + ".topic", channel);
        return topic == null ? List.of() : List.of(topic);
    }

    /** The properties as the test profile sees them: {@code %test.} wins, other profiles are ignored. */
    private static Map<String, String> testProfileView(Properties raw) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> test = new LinkedHashMap<>();
        for (String key : raw.stringPropertyNames()) {
            String value = resolved(raw.getProperty(key).trim());
            if (key.startsWith("%test.")) {
                test.put(key.substring("%test.".length()), value);
            } else if (!key.startsWith("%")) {
                plain.put(key, value);
            }
        }
        plain.putAll(test);
        return plain;
    }

    /**
     * {@code ${NAME:default}}: the environment variable or system property, else the default; null
     * when neither exists (e.g. {@code ${quarkus.uuid}}, a group new on every start, which is nothing
     * to place).
     */
    private static String resolved(String value) {
        Matcher matcher = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String given = System.getProperty(name, System.getenv(name));
            String replacement = given != null ? given : matcher.group(2);
            if (replacement == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
