package dev.concierge.requests.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.schemas.catalog.Topics;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.jboss.logging.Logger;

/**
 * What the streams exception handlers share: which .dlq a failed record belongs to and a producer to
 * write it with. Kafka Streams creates the handlers itself (by class name), so they cannot be
 * injected; the producer is one per broker address, shared by every handler in the JVM.
 *
 * <p>A dead letter is written synchronously: a handler lets the stream go on only once the record is
 * safe in its .dlq. When even that fails, the handler answers FAIL, because skipping the record
 * would lose it silently.
 */
final class DeadLetterRouting {

    /** Streams config: the prefix of the catalog topic names (empty in production, unique per test run). */
    static final String TOPIC_PREFIX_CONFIG = "concierge.dead-letters.topic-prefix";

    private static final Logger LOG = Logger.getLogger(DeadLetterRouting.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(15);
    private static final Map<String, Producer<byte[], byte[]>> PRODUCERS = new ConcurrentHashMap<>();

    private final Producer<byte[], byte[]> producer;
    private final String prefix;
    private final Clock clock = Clock.systemUTC();

    private DeadLetterRouting(Producer<byte[], byte[]> producer, String prefix) {
        this.producer = producer;
        this.prefix = prefix;
    }

    /** The handler settings for a streams client that runs this topology on {@code topics}. */
    static Map<String, Object> handlerConfigs(RequestTopics topics) {
        return Map.of(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingToDeadLetter.class,
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, ProductionToDeadLetter.class,
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeserializationToDeadLetter.class,
                TOPIC_PREFIX_CONFIG, topics.prefix());
    }

    static DeadLetterRouting configured(Map<String, ?> configs) {
        String servers = String.valueOf(configs.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        Object prefix = configs.get(TOPIC_PREFIX_CONFIG);
        return new DeadLetterRouting(PRODUCERS.computeIfAbsent(servers, DeadLetterRouting::producer),
                prefix == null ? "" : prefix.toString());
    }

    /**
     * Writes the failed record to the .dlq of the input it came from.
     *
     * @return whether it is safely there
     */
    boolean deadLetter(ErrorHandlerContext context, String topic, byte[] key, byte[] value, Headers original,
            DeadLetters.Stage stage, Exception error) {
        String sourceTopic = context == null ? topic : context.topic();
        String dlq = dlqFor(sourceTopic, value);
        Headers headers = context == null
                ? DeadLetters.describe(original, stage, error, sourceTopic, -1, -1, clock.instant())
                : DeadLetters.describe(original, stage, error, sourceTopic, context.partition(), context.offset(),
                        clock.instant());
        if (context != null && context.processorNodeId() != null) {
            DeadLetters.put(headers, DeadLetters.PROCESSOR, context.processorNodeId());
        }
        try {
            producer.send(new ProducerRecord<>(dlq, null, key, value, headers))
                    .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            LOG.errorf(error, "%s failed at %s (%s); the record is in %s and processing goes on", sourceTopic, stage,
                    context == null ? "?" : context.processorNodeId(), dlq);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.errorf(e, "could not write a dead letter to %s; the failure of %s stops the stream", dlq, sourceTopic);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The .dlq of the input a record came from. Internal topics carry records that entered through
     * an input topic: assignment input (agents.events or requests.events, told apart by the event
     * type), assignment decisions (agents.events, as before) and matched store replies (stores.inbound).
     * Without any source (a timer, a changelog write) it is the request's own facts topic.
     */
    String dlqFor(String sourceTopic, byte[] value) {
        if (sourceTopic == null || sourceTopic.endsWith("-changelog")) {
            return dlq(Topics.REQUESTS_EVENTS.name());
        }
        if (sourceTopic.contains(RequestTopology.ROSTER_INPUT_TOPIC + "-repartition")) {
            return dlq(isAgentEvent(value) ? Topics.AGENTS_EVENTS.name() : Topics.REQUESTS_EVENTS.name());
        }
        if (sourceTopic.contains(RequestTopology.ASSIGNMENT_DECISIONS_TOPIC + "-repartition")) {
            return dlq(Topics.AGENTS_EVENTS.name());
        }
        if (sourceTopic.contains(RequestTopology.STORE_REPLIES_TOPIC + "-repartition")) {
            return dlq(Topics.STORES_INBOUND.name());
        }
        return DeadLetters.dlqOf(sourceTopic);
    }

    private String dlq(String catalogName) {
        return DeadLetters.dlqOf(prefix + catalogName);
    }

    private static boolean isAgentEvent(byte[] value) {
        if (value == null) {
            return false;
        }
        try {
            JsonNode type = InternalJson.MAPPER.readTree(value).get("type");
            return type != null && type.asText().startsWith("concierge.agent.");
        } catch (IOException e) {
            return false;
        }
    }

    private static Producer<byte[], byte[]> producer(String servers) {
        Producer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "request-stream-processor-handler-dlq"),
                new ByteArraySerializer(), new ByteArraySerializer());
        Runtime.getRuntime().addShutdownHook(new Thread(producer::close, "dlq-producer-close"));
        return producer;
    }
}
