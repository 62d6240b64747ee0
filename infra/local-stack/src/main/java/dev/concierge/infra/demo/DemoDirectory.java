package dev.concierge.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.infra.cli.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo directory a fresh dev stack starts with: a dozen stores around Bengaluru (hours,
 * categories, pins on the map, WhatsApp numbers the dev outbox answers for) and three agents with dev
 * passwords, registered through the ingest API as an admin would. Each agent is invited as in
 * production, and the invitation token is read from the e-mail the dev outbox caught to choose the
 * agent's password. It runs once per data directory: a marker file remembers what was made, and later
 * starts only print the logins.
 *
 * <p>Two of the phone-accessory stores publish no opening hours, which the processor counts as open,
 * so {@code ./concierge demo} finds stores to ask at any hour of the day.
 */
public final class DemoDirectory {

    static final String RESOURCE = "/demo/directory.json";
    private static final Pattern TOKEN = Pattern.compile("token:\\s*([A-Za-z0-9_.~-]{16,})|>\\s*([A-Za-z0-9_.~-]{24,})\\s*<");

    private final DemoStack stack;
    private final StackHttp http = new StackHttp();
    private final JsonNode directory;
    private final PrintStream out;

    DemoDirectory(DemoStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
        this.directory = load();
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        Path marker = Path.of(options.value("marker", "CONCIERGE_DEMO_MARKER", ".data/demo-directory.json"));
        DemoDirectory seeder = new DemoDirectory(DemoStack.from(options), System.out);
        try {
            if (!Files.exists(marker)) {
                seeder.seed(marker);
            }
            seeder.printLogins();
        } catch (StepFailedException e) {
            System.err.println("demo directory: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The directory as shipped: {@code stores[]} and {@code agents[]} (with their dev passwords). */
    static JsonNode load() {
        try (InputStream in = DemoDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An agent of the directory by e-mail: {@code name}, {@code email}, {@code password}, {@code skills}. */
    static JsonNode agent(String email) {
        for (JsonNode agent : load().path("agents")) {
            if (agent.path("email").asText().equals(email)) {
                return agent;
            }
        }
        throw new IllegalArgumentException("no agent " + email + " in " + RESOURCE);
    }

    void seed(Path marker) {
        out.println("Seeding the demo directory (" + directory.path("stores").size() + " stores around "
                + directory.path("city").asText() + ", " + directory.path("agents").size() + " agents) …");
        String admin = http.post(stack.ingest() + "/v1/auth/login", null,
                Map.of("email", stack.adminEmail(), "password", stack.adminPassword()), 200).path("accessToken").asText();
        ObjectNode made = new ObjectMapper().createObjectNode();
        for (JsonNode store : directory.path("stores")) {
            StackHttp.Answer answer = http.post(stack.ingest() + "/v1/stores", admin, store);
            if (answer.status() == 409) {
                out.println("  store " + store.path("name").asText() + ": its number is registered already, kept");
                continue;
            }
            String id = expectId(answer, "store " + store.path("name").asText());
            http.post(stack.ingest() + "/v1/stores/" + id + "/availability", admin, Map.of("available", true), 202);
            made.with("stores").put(id, store.path("phone").asText());
        }
        for (JsonNode agent : directory.path("agents")) {
            ObjectNode profile = ((ObjectNode) agent.deepCopy());
            profile.remove("password");
            StackHttp.Answer answer = http.post(stack.ingest() + "/v1/agents", admin, profile);
            if (answer.status() == 409) {
                out.println("  agent " + agent.path("email").asText() + ": registered already, password kept");
                continue;
            }
            String id = expectId(answer, "agent " + agent.path("email").asText());
            choosePassword(agent);
            http.post(stack.ingest() + "/v1/agents/" + id + "/availability", admin, Map.of("online", true), 202);
            made.with("agents").put(id, agent.path("email").asText());
        }
        write(marker, made);
        out.println("  " + made.path("stores").size() + " stores open and " + made.path("agents").size()
                + " agents online");
    }

    void printLogins() {
        out.println();
        out.println("Logins (dev stack only):");
        out.printf("  %-26s %s / %s%n", "admin", stack.adminEmail(), stack.adminPassword());
        for (JsonNode agent : directory.path("agents")) {
            out.printf("  %-26s %s / %s%n", "agent " + agent.path("name").asText(), agent.path("email").asText(),
                    agent.path("password").asText());
        }
        out.printf("  %-26s any phone number; the sign-in code arrives in the dev outbox%n", "customer");
    }

    /** The invitation e-mail's one-time token, then the agent's dev password chosen with it. */
    private void choosePassword(JsonNode agent) {
        String email = agent.path("email").asText();
        String token = new Narrator(out).await("the invitation e-mail to " + email, Duration.ofSeconds(60),
                () -> invitationToken(email), () -> "no e-mail to " + email + " in the dev outbox");
        http.post(stack.ingest() + "/v1/auth/password-reset/confirm", null,
                Map.of("token", token, "newPassword", agent.path("password").asText()), 204);
    }

    private String invitationToken(String email) {
        JsonNode messages = http.get(stack.outboxMessages(email, "EMAIL", 20), null, 200);
        for (JsonNode message : messages) {
            String token = tokenIn(message.path("body").asText());
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    /** The one-time token in an invitation or password-reset e-mail (text or HTML body), or null. */
    public static String tokenIn(String text) {
        Matcher found = TOKEN.matcher(text);
        if (!found.find()) {
            return null;
        }
        return found.group(1) != null ? found.group(1) : found.group(2);
    }

    private static String expectId(StackHttp.Answer answer, String what) {
        if (answer.status() != 202) {
            throw new StepFailedException("registering " + what + " was answered " + answer.status() + ": "
                    + StackHttp.abbreviate(answer.text()));
        }
        return answer.body().path("id").asText();
    }

    private static void write(Path marker, JsonNode made) {
        try {
            if (marker.getParent() != null) {
                Files.createDirectories(marker.getParent());
            }
            Files.writeString(marker, made.toPrettyString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    static List<String> categoriesOf(JsonNode node) {
        List<String> categories = new ArrayList<>();
        node.path("categories").forEach(c -> categories.add(c.asText()));
        node.path("skills").forEach(c -> categories.add(c.asText()));
        return categories;
    }
}
