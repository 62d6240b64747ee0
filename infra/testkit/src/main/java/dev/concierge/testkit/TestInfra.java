package dev.concierge.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

/**
 * Real Kafka, Redis and a MongoDB-wire server for tests, each started on first use, shared by every
 * test in the JVM and stopped when the JVM exits.
 *
 * <p>{@code KAFKA_BOOTSTRAP_SERVERS}, {@code REDIS_URL} and {@code MONGODB_URI}, when set, are used
 * as they are. Otherwise, with {@code CONCIERGE_TESTCONTAINERS=true} and a Docker engine, Docker
 * containers are started; without, an in-JVM KRaft cluster, a {@code redis-server} process and an
 * in-memory mongo-java-server. Tests share the parts, so each takes its own topic, group and
 * database names from {@link #uniqueName(String)}.
 */
public final class TestInfra {

    // Quarkus loads the classes of each test profile, this kit included, in a class loader of its own
    // and closes it when the next profile starts: static state here would start Kafka again per profile
    // and leave brokers running on closed loaders. The system class loader lives as long as the JVM, so
    // the parts are started and kept by its copy of SharedInfra; only JDK types cross that boundary.
    private static final Class<?> SHARED = sharedInfraClass();

    private TestInfra() {
    }

    /** Bootstrap servers of the shared broker, e.g. {@code localhost:41235}. */
    public static String kafkaBootstrapServers() {
        return (String) call("kafkaBootstrapServers");
    }

    /** The shared Redis as {@code redis://host:port}. */
    public static String redisUrl() {
        return (String) call("redisUrl");
    }

    /** The shared MongoDB (or MongoDB-wire server) as {@code mongodb://host:port}. */
    public static String mongoUri() {
        return (String) call("mongoUri");
    }

    /**
     * {@code prefix} plus a short random suffix that no other call in this JVM returns, for topics,
     * consumer groups and databases. The prefix may hold letters, digits, '_' and '-'.
     */
    public static String uniqueName(String prefix) {
        return (String) call("uniqueName", String.class, prefix);
    }

    /** Creates topics with the broker's default partitions; existing ones are left alone. */
    public static void createTopics(Collection<String> names) {
        call("createTopics", Collection.class, names);
    }

    /** Creates every catalog topic and its {@code .dlq} with the catalog's partitions and configs; idempotent. */
    public static void createCatalogTopics() {
        call("createCatalogTopics");
    }

    /** The config keys every Concierge service reads, pointing at the shared parts. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> quarkusConfig() {
        return (Map<String, String>) call("quarkusConfig");
    }

    private static Class<?> sharedInfraClass() {
        try {
            return Class.forName(SharedInfra.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException notOnTheSystemClassPath) {
            // a launcher that keeps test classes off the system class path: share within this loader only
            return SharedInfra.class;
        }
    }

    private static Object call(String methodName) {
        return call(methodName, new Class<?>[0], new Object[0]);
    }

    private static Object call(String methodName, Class<?> parameterType, Object argument) {
        return call(methodName, new Class<?>[] {parameterType}, new Object[] {argument});
    }

    private static Object call(String methodName, Class<?>[] parameterTypes, Object[] arguments) {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // Kafka loads classes by name through the context class loader, and every thread a part starts
        // inherits it: it must be the loader of the parts, never a Quarkus loader that closes on restart
        thread.setContextClassLoader(SHARED.getClassLoader());
        try {
            Method method = SHARED.getDeclaredMethod(methodName, parameterTypes);
            method.setAccessible(true);
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the test kit has no SharedInfra." + methodName, e);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }
}
