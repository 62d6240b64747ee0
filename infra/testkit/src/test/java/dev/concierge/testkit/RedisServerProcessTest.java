package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedisServerProcessTest {

    @TempDir
    Path tempDir;

    @Test
    void explains_how_to_install_redis_when_the_binary_is_missing() throws Exception {
        // given a PATH without redis-server
        Path emptyBin = Files.createDirectory(tempDir.resolve("bin"));

        // when / then
        assertThatThrownBy(() -> RedisServerProcess.startFromPath(emptyBin.toString(), tempDir.resolve("work")))
                .isInstanceOf(RedisServerNotInstalledException.class)
                .hasMessageContaining("redis-server was not found")
                .hasMessageContaining("apt-get install -y redis-server")
                .hasMessageContaining("REDIS_URL");
    }

    @Test
    void finds_the_first_executable_redis_server_on_the_path() throws Exception {
        // given two PATH entries, only the second holding an executable redis-server
        Path first = Files.createDirectory(tempDir.resolve("first"));
        Path second = Files.createDirectory(tempDir.resolve("second"));
        Path binary = Files.createFile(second.resolve("redis-server"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        // when / then
        assertThat(RedisServerProcess.locate(first + File.pathSeparator + second)).contains(binary);
    }

    @Test
    void starts_a_real_redis_server_that_stops_on_close() {
        // given redis-server installed, as ./concierge test makes sure
        RedisServerProcess redis = RedisServerProcess.startFromPath(System.getenv("PATH"), tempDir.resolve("work"));
        String address = redis.address();
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));

        // when
        redis.close();

        // then nothing listens on its port any more
        assertThat(address).startsWith("redis://127.0.0.1:");
        assertThat(isListening(port)).isFalse();
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
