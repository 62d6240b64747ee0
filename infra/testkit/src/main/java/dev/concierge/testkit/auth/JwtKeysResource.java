package dev.concierge.testkit.auth;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service's JWT verification ({@code mp.jwt.verify.publickey.location}) at {@link TestTokens}'
 * public key as a PEM file: {@code @WithTestResource(JwtKeysResource.class)}.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey.location", "file:" + TestTokens.publicKeyPem());
    }

    @Override
    public void stop() {
        // the key pair serves every test of the JVM
    }
}
