package dev.concierge.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCpuTest {

    @Test
    void cpu_time_is_user_plus_system_ticks_even_when_the_command_name_has_spaces_and_parentheses() {
        String stat = "4242 (java (ingest) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 566 0 0 20 0 42 0 100 0 0";

        assertThat(ProcessCpu.fromStat(stat)).isEqualTo(18.0);
    }

    @Test
    void this_very_process_has_spent_some_cpu_and_a_missing_pid_file_gives_nothing(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("self.pid");
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));

        assertThat(ProcessCpu.seconds(pidFile.toString())).isPresent();
        assertThat(ProcessCpu.seconds(pidFile.toString()).getAsDouble()).isPositive();
        assertThat(ProcessCpu.seconds(dir.resolve("absent.pid").toString())).isEmpty();
    }
}
