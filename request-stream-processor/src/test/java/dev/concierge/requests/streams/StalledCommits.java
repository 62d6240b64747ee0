package dev.concierge.requests.streams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.processor.internals.DefaultKafkaClientSupplier;

/**
 * Kafka Streams' clients, with one stall planted: once armed, the stream thread that commits a
 * transaction holding a record for {@code watchedTopic} freezes at the chosen {@link Moment} of the
 * commit until the broker has aborted that transaction for exceeding {@code transaction.timeout.ms},
 * then goes on. That is the benchmark's SIGSTOP seen from the thread: everything written, a pause past
 * the timeout, a commit of a transaction the coordinator already aborted. Only the stream thread stops;
 * heartbeats go on, as after a GC pause.
 */
final class StalledCommits extends DefaultKafkaClientSupplier {

    /** Where in Kafka Streams' commit (input offsets into the transaction, then commit) the thread stalls. */
    enum Moment {
        /** Before the input offsets go into the transaction: the broker then fences the producer. */
        BEFORE_OFFSETS,
        /** After the offsets, before the commit: the broker refuses it (InvalidTxnStateException, transaction version 2). */
        BEFORE_COMMIT
    }

    /** The broker looks for timed-out transactions every 10 s by default. */
    private static final Duration LONGEST_STALL = Duration.ofSeconds(40);

    private final String bootstrapServers;
    private final String watchedTopic;
    private final AtomicReference<Moment> armed = new AtomicReference<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile TransactionState brokerSawBeforeCommit;

    StalledCommits(String bootstrapServers, String watchedTopic) {
        this.bootstrapServers = bootstrapServers;
        this.watchedTopic = watchedTopic;
    }

    /** The next commit of a transaction that wrote to the watched topic stalls at {@code moment}. */
    void armOnce(Moment moment) {
        armed.set(moment);
    }

    /** Waits for the stalled thread to go on, and returns the transaction's state on the broker then. */
    TransactionState awaitReleased(Duration timeout) throws InterruptedException {
        if (!released.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no commit stalled within " + timeout);
        }
        return brokerSawBeforeCommit;
    }

    @Override
    public Producer<byte[], byte[]> getProducer(Map<String, Object> config) {
        String transactionalId = (String) config.get(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()) {
            /** Only the stream thread that owns this producer touches it. */
            private boolean carriesWatched;

            @Override
            public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
                carriesWatched |= armed.get() != null && watchedTopic.equals(record.topic());
                return super.send(record, callback);
            }

            @Override
            public void sendOffsetsToTransaction(Map<TopicPartition, OffsetAndMetadata> offsets,
                    ConsumerGroupMetadata group) {
                maybeStall(Moment.BEFORE_OFFSETS);
                super.sendOffsetsToTransaction(offsets, group);
            }

            @Override
            public void commitTransaction() {
                maybeStall(Moment.BEFORE_COMMIT);
                carriesWatched = false;
                super.commitTransaction();
            }

            @Override
            public void abortTransaction() {
                carriesWatched = false;
                super.abortTransaction();
            }

            private void maybeStall(Moment now) {
                if (carriesWatched && armed.compareAndSet(now, null)) {
                    flush();
                    brokerSawBeforeCommit = awaitAbortByBroker(transactionalId);
                    released.countDown();
                }
            }
        };
    }

    private TransactionState awaitAbortByBroker(String transactionalId) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long deadline = System.nanoTime() + LONGEST_STALL.toNanos();
            TransactionState state = TransactionState.UNKNOWN;
            while (System.nanoTime() < deadline) {
                state = admin.describeTransactions(List.of(transactionalId)).description(transactionalId).get().state();
                if (state == TransactionState.PREPARE_ABORT || state == TransactionState.COMPLETE_ABORT) {
                    return state;
                }
                Thread.sleep(100);
            }
            return state;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TransactionState.UNKNOWN;
        } catch (Exception e) {
            return TransactionState.UNKNOWN;
        }
    }
}
