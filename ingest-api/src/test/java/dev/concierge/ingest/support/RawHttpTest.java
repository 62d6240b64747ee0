package dev.concierge.ingest.support;

import io.quarkus.test.common.http.TestHTTPResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the tests that check what HTTP itself answers: a signed-in customer, and raw sockets for
 * requests a client library would refuse to send (bad escapes, huge heads, chunked bodies).
 */
public abstract class RawHttpTest extends ApiTest {

    protected static final String PROBLEM = "application/problem+json";

    @TestHTTPResource("/")
    protected URI root;
    protected Api.Session customer;

    @BeforeEach
    void signInACustomer() {
        customer = api.customer();
    }

    /** Sends {@code request} as it is on a new connection and returns the whole answer (head and body). */
    protected String raw(String request) throws IOException {
        try (Socket socket = open()) {
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
            } catch (IOException closedByTheServer) {
                // the server may answer and close before the whole request is sent; its answer is still readable
            }
            return answerOn(socket);
        }
    }

    protected Socket open() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout(30_000);
        return socket;
    }

    /**
     * Reads one answer: the head, then Content-Length bytes of body (or up to the close). A server
     * that answers before the request was sent in full may reset the connection afterwards.
     */
    protected static String answerOn(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try {
            int headEnd = -1;
            for (int b = in.read(); b >= 0; b = in.read()) {
                answer.write(b);
                if (answer.size() >= 4 && answer.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    headEnd = answer.size();
                    break;
                }
            }
            int length = headEnd < 0 ? 0 : contentLength(answer.toString(StandardCharsets.ISO_8859_1));
            for (int read = 0; read < length; read++) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                answer.write(b);
            }
        } catch (SocketException reset) {
            // the server closed the connection after answering
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return 0;
    }
}
