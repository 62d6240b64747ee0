package dev.concierge.ingest.shared.web.problems;

import static dev.concierge.ingest.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.Images;
import dev.concierge.ingest.support.RawHttpTest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Failures decided by HTTP itself, before or instead of an endpoint, still answer problem+json:
 * a request line or headers over our limits, an undecodable path, an unknown path, a wrong method,
 * an unacceptable Accept, a chunked body (multipart too) over the limit. Sent on raw sockets where a client library would refuse to send them.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class HttpLevelProblemsTest extends RawHttpTest {

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
        String answer = sendChunked("POST /v1/requests HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + customer.token()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", "", 12);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
        assertThat(answer).contains("/problems/payload-too-large");
    }

    @Test
    void a_chunked_multipart_upload_over_the_limit_is_a_413_problem_naming_the_limit() throws Exception {
        String answer = sendChunked("POST /v1/media HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + customer.token()
                + "\r\nContent-Type: multipart/form-data; boundary=zz\r\nTransfer-Encoding: chunked\r\n\r\n",
                "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n", 12);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
        assertThat(answer).contains("/problems/payload-too-large").contains("11534336 bytes");
    }

    @Test
    void a_chunked_multipart_upload_whose_last_bytes_cross_the_limit_is_a_413_problem() throws Exception {
        // the overflow arrives together with the end of the file part: Vert.x's body reader then fails
        // while cancelling the finished part and reports no 413 of its own
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[11 * 1024 * 1024]);
        body.write("\r\n--zz--\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = body.toByteArray();
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/media HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + customer.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=zz\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                for (int at = 0; at < bytes.length; at += 65_536) {
                    int length = Math.min(65_536, bytes.length - at);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes, at, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closedByTheServer) {
                // the answer may come before the last chunk was taken
            }
            String answer = answerOn(socket);

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
            assertThat(answer).contains("/problems/payload-too-large");
        }
    }

    @Test
    void a_chunked_multipart_upload_within_the_limit_is_stored() throws Exception {
        byte[] png = Images.png();
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/media HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + customer.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=zz\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(png);
            body.write("\r\n--zz--\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write((Integer.toHexString(body.size()) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body.toByteArray());
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(answerOn(socket)).startsWith("HTTP/1.1 201").contains("\"contentType\":\"image/png\"");
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

    @ParameterizedTest
    @ValueSource(ints = {16_400, 30_000, 100_000, 900_000})
    void headers_over_our_limit_are_a_431_problem_naming_the_limit(int size) throws Exception {
        String answer = raw("POST /v1/requests HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(size)
                + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");

        assertThat(answer).startsWith("HTTP/1.1 431");
        assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
        assertThat(answer).contains("/problems/headers-too-large").contains("16384 bytes");
    }

    @Test
    void many_small_headers_adding_up_over_our_limit_are_a_431_problem() throws Exception {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            headers.append("X-H").append(i).append(": ").append("v".repeat(100)).append("\r\n");
        }
        String answer = raw("GET /v1/media/med_x HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431");
        assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(ints = {4_100, 10_000, 65_536, 200_000})
    void a_request_line_over_our_limit_is_a_414_problem_naming_the_limit(int size) throws Exception {
        String answer = raw("GET /v1/requests/" + "a".repeat(size) + "/messages HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 414");
        assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
        assertThat(answer).contains("/problems/uri-too-long").contains("4096 bytes");
    }

    @Test
    void a_head_past_the_hard_cap_is_refused_and_the_connection_closed_without_reading_it_all() throws Exception {
        // 1 MB headers / 256 KB request line: past these the HTTP codec stops reading (bare 431/414)
        for (String request : List.of("GET /v1/requests HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(3_000_000) + "\r\n\r\n",
                "GET /v1/" + "a".repeat(600_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")) {
            try (Socket socket = open()) {
                try {
                    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closedByTheServer) {
                    // expected: the server stops reading at the cap
                }
                assertThat(answerOn(socket)).matches("(?s)HTTP/1\\.[01] (431|414) .*");
                assertThat(closed(socket)).isTrue();
            }
        }
    }

    private static boolean closed(Socket socket) {
        try {
            return socket.getInputStream().read() < 0;
        } catch (IOException reset) {
            return true;
        }
    }

    /**
     * Sends {@code head}, a first chunk holding {@code preamble} (when not empty), then {@code megabytes}
     * 1 MB chunks (stopping if the server closes), and reads the answer.
     */
    private String sendChunked(String head, String preamble, int megabytes) throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            if (!preamble.isEmpty()) {
                out.write((Integer.toHexString(preamble.length()) + "\r\n" + preamble + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            try {
                for (int i = 0; i < megabytes; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server may answer and close before the whole body is sent; its answer is still readable
            }
            return answerOn(socket);
        }
    }
}
