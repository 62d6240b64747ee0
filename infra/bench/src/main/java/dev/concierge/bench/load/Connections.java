package dev.concierge.bench.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;

/** What both load generators send through: one event loop, and a pool of keep-alive HTTP/1.1 connections. */
final class Connections {

    private Connections() {
    }

    /** One event loop, so a generator takes at most one core from the machine it shares with the services. */
    static Vertx oneEventLoop() {
        return Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    }

    static HttpClient keepAlive(Vertx vertx, String host, int port, int connections) {
        return vertx.createHttpClient(new HttpClientOptions().setDefaultHost(host).setDefaultPort(port)
                .setProtocolVersion(HttpVersion.HTTP_1_1).setKeepAlive(true).setConnectTimeout(5000),
                new PoolOptions().setHttp1MaxSize(connections));
    }
}
