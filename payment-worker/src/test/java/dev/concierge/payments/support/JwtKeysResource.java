package dev.concierge.payments.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the worker's JWT verification at {@link TestTokens}' public key instead of the ingest API's JWK set. */
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
