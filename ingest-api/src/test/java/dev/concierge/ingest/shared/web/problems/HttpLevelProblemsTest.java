package dev.concierge.ingest.shared.web.problems;

import static dev.concierge.ingest.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures decided by HTTP itself, before or instead of an endpoint, still answer problem+json:
 * an undecodable path, an unknown path, a wrong method, an unacceptable Accept, a chunked body
 * over the limit. Sent on raw sockets where a client library would refuse to send them.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class HttpLevelProblemsTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    URI root;
    Api.Session customer;

    @BeforeEach
    void signIn() {
        customer = api.customer();
    }

    @Test
    void a_path_with_an_invalid_percent_escape_or_uri_is_a_400_problem() throws Exception {
        for (String path : java.util.List.of("/v1/requests/%zz/messages", "/v1/requests/%/messages",
                "/v1/requests/%C0%AF/messages", "/v1/requests/%ED%A0%80/typing", "/v1/requests/a%2/messages",
                "/v1/requests/{x}/messages", "/v1/requests/a\\b/messages")) {
            String answer = raw("POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + customer.token() + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");

            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).as(path).containsIgnoringCase("content-type: " + PROBLEM);
            assertThat(answer).as(path).contains("\"status\":400");
        }
    }

    @Test
    void an_unknown_path_is_a_404_problem_for_any_method() {
        as(customer.token()).body(Map.of()).when().post("/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("/problems/not-found"));
        given().when().get("/nothing/at/all")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void a_method_an_endpoint_does_not_take_is_a_405_problem() {
        as(customer.token()).when().get("/v1/requests")
                .then().statusCode(405).contentType(PROBLEM).body("type", equalTo("/problems/method-not-allowed"));
        as(customer.token()).when().delete("/v1/requests:bulk")
                .then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void an_accept_header_the_endpoint_cannot_satisfy_is_a_406_problem() {
        as(customer.token()).accept("text/csv").body(Map.of("text", "milk", "deliveryAddress", Api.address()))
                .when().post("/v1/requests")
                .then().statusCode(406).contentType(PROBLEM).body("status", equalTo(406));
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_413_problem() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/requests HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + customer.token()
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try {
                for (int i = 0; i < 12; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedByTheServer) {
                // the server may answer and close before the whole body is sent; its answer is still readable
            }
            String answer = readAll(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
            assertThat(answer).contains("/problems/payload-too-large");
        }
    }

    @Test
    void a_body_without_content_type_is_a_415_problem_not_read_as_json() throws Exception {
        String body = "{\"text\": \"milk\", \"deliveryAddress\": {\"line1\": \"12 MG Road\", \"city\": \"Bengaluru\","
                + " \"pincode\": \"560001\"}}";
        String answer = raw("POST /v1/requests HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + customer.token()
                + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(answer).startsWith("HTTP/1.1 415");
        assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
    }

    /**
     * Over-long headers and request lines are refused by the HTTP/1 codec before any router or
     * endpoint runs; Quarkus exposes no hook there, so these two answers have a status but no body.
     */
    @Test
    void headers_or_a_request_line_over_the_codec_limits_are_refused_with_431_and_414_not_a_5xx() throws Exception {
        String huge = "x".repeat(30_000);

        assertThat(raw("GET /v1/requests HTTP/1.1\r\nHost: x\r\nX-Big: " + huge + "\r\n\r\n"))
                .matches("(?s)HTTP/1\\.[01] 431 .*");
        assertThat(raw("GET /v1/" + huge + " HTTP/1.1\r\nHost: x\r\n\r\n")).matches("(?s)HTTP/1\\.[01] 414 .*");
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws Exception {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // the server closed the connection after answering
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
