package dev.concierge.testkit;

/** No {@code redis-server} binary to start, and no {@code REDIS_URL} to use instead. */
public final class RedisServerNotInstalledException extends IllegalStateException {

    RedisServerNotInstalledException(String searchedPath) {
        super("redis-server was not found on PATH (" + searchedPath + "). Install it with "
                + "'sudo apt-get install -y redis-server' (./concierge test installs it for you), "
                + "or set REDIS_URL to a running Redis, e.g. REDIS_URL=redis://127.0.0.1:6379");
    }
}
