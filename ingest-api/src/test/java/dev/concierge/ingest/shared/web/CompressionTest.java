package dev.concierge.ingest.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.RawHttpTest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Answers are compressed where it pays: a batch's per-line results are gzipped for a client that
 * accepts it; the small answer to a single write (a 202 of ~100 bytes, the hot path) is not, since
 * gzip would make it bigger and cost CPU on every message.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class CompressionTest extends RawHttpTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_batch_answer_is_gzipped_for_a_client_that_accepts_it() throws Exception {
        String requestId = Api.createRequest(customer);
        StringBuilder ndjson = new StringBuilder();
        for (int line = 1; line <= 20; line++) {
            ndjson.append("{\"op\": \"PostMessage\", \"requestId\": \"").append(requestId)
                    .append("\", \"body\": {\"text\": \"line ").append(line).append("\"}}\n");
        }

        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(root.resolve("/v1/events:batch"))
                .header("Authorization", "Bearer " + customer.token()).header("Accept-Encoding", "gzip")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(answer.body())).contains("\"accepted\":20");
    }

    @Test
    void the_small_answer_to_a_chat_message_is_sent_as_it_is() throws Exception {
        String requestId = Api.createRequest(customer);

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(root.resolve("/v1/requests/" + requestId + "/messages"))
                .header("Authorization", "Bearer " + customer.token()).header("Accept-Encoding", "gzip")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"any brand is fine\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(202);
        // Vert.x marks an answer it chose not to compress as "identity"
        assertThat(answer.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
        assertThat(answer.body()).contains(requestId);
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
