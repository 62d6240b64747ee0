package dev.concierge.ingest.auth.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writes an RSA key pair as PEM files when none exists, so the dev stack and tests sign and verify
 * JWTs without any set-up. Production configures its own keys and never calls this.
 */
public final class DevKeyPair {

    private DevKeyPair() {
    }

    /** Returns true when new files were written. */
    public static boolean createIfMissing(Path privateKeyPem, Path publicKeyPem) {
        if (Files.exists(privateKeyPem) && Files.exists(publicKeyPem)) {
            return false;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            createParent(privateKeyPem);
            createParent(publicKeyPem);
            Files.writeString(privateKeyPem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicKeyPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return true;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JWT dev keys to " + privateKeyPem.getParent(), e);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
