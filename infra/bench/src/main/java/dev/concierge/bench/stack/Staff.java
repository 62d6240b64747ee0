package dev.concierge.bench.stack;

import java.util.Map;

/** The dev stack's first admin, signed in with the password the stack was started with (its dev default otherwise). */
public final class Staff {

    static final String ADMIN_EMAIL = "admin@concierge.local";

    private Staff() {
    }

    /** An admin's access token from {@code POST /v1/auth/login}: admins see every request's changes on the stream. */
    public static String adminToken(Stack stack) {
        String password = System.getenv().getOrDefault("CONCIERGE_ADMIN_PASSWORD", "concierge-admin");
        return new SetupHttp().post(stack.ingest() + "/v1/auth/login", null,
                Map.of("email", ADMIN_EMAIL, "password", password), 200).path("accessToken").asText();
    }
}
