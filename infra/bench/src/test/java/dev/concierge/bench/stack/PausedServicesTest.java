package dev.concierge.bench.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PausedServicesTest {

    private Process worker;
    private Process bystander;

    @AfterEach
    void stopChildren() {
        for (Process child : new Process[] {worker, bystander}) {
            if (child != null) {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void a_paused_service_is_stopped_while_paused_and_runs_again_after_the_resume_while_others_never_stop(
            @TempDir Path dataDir) throws Exception {
        worker = startBusyChild(dataDir, "projections-service");
        bystander = startBusyChild(dataDir, "ingest-api");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        try (PausedServices paused = PausedServices.pause(new StackProcesses(dataDir),
                List.of("projections-service", "notifier-worker"), out)) {
            assertThat(paused.names()).containsExactly("projections-service");
            assertThat(state(worker)).isEqualTo('T');
            assertThat(state(bystander)).isNotEqualTo('T');
            double frozenCpu = cpu(dataDir, "projections-service");
            Thread.sleep(300);
            assertThat(cpu(dataDir, "projections-service")).isEqualTo(frozenCpu);
        }

        assertThat(state(worker)).isNotEqualTo('T');
        assertThat(worker.isAlive()).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("paused (SIGSTOP, 25 s frozen / 1.5 s thawed for their heartbeats) for the measured window"
                        + " and the baseline: projections-service; not running, so not paused: notifier-worker")
                .contains("resumed (SIGCONT): projections-service");
    }

    @Test
    void a_long_pause_thaws_the_service_briefly_between_freezes_so_its_kafka_heartbeats_go_out(@TempDir Path dataDir)
            throws Exception {
        worker = startBusyChild(dataDir, "notifier-worker");
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        java.util.Set<Character> seen = new java.util.HashSet<>();

        try (PausedServices paused = PausedServices.pause(new StackProcesses(dataDir), List.of("notifier-worker"), out,
                java.time.Duration.ofMillis(300), java.time.Duration.ofMillis(300))) {
            for (int sample = 0; sample < 60 && seen.size() < 2; sample++) {
                seen.add(state(worker) == 'T' ? 'T' : 'R');
                Thread.sleep(37);
            }
        }

        assertThat(seen).containsExactlyInAnyOrder('T', 'R');
        assertThat(state(worker)).isNotEqualTo('T');
    }

    @Test
    void each_process_with_a_pid_file_in_the_data_directory_reports_its_cpu_and_a_dead_pid_is_no_process(
            @TempDir Path dataDir) throws Exception {
        worker = startBusyChild(dataDir, "request-stream-processor");
        Files.createDirectories(dataDir.resolve("kafka"));
        Files.writeString(dataDir.resolve("kafka").resolve("kafka.pid"), Long.toString(ProcessHandle.current().pid()));
        Files.writeString(dataDir.resolve("run").resolve("gone.pid"), "999999999");
        Thread.sleep(300);

        StackProcesses processes = new StackProcesses(dataDir);

        assertThat(processes.cpuSeconds()).containsOnlyKeys("request-stream-processor", "kafka");
        assertThat(processes.pid("gone")).isEmpty();
        assertThat(processes.pid("request-stream-processor")).hasValue(worker.pid());
        assertThat(processes.threadCpuSeconds("request-stream-processor")).containsOnlyKeys("sh");
        assertThat(StackProcesses.coresBetween(java.util.Map.of("a", 1.0, "b", 2.0, "idle", 5.0), java.util.Map.of("a", 3.0, "b", 3.0, "idle", 5.0), 2))
                .isEqualTo("a 1.00, b 0.50");
    }

    /** A child that spends CPU all the time (a shell loop), with its pid file as ./concierge writes one. */
    private static Process startBusyChild(Path dataDir, String name) throws Exception {
        Process child = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        Files.createDirectories(dataDir.resolve("run"));
        Files.writeString(dataDir.resolve("run").resolve(name + ".pid"), Long.toString(child.pid()));
        return child;
    }

    /** The process state letter of /proc/<pid>/stat: T while stopped by a signal. */
    private static char state(Process process) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    private static double cpu(Path dataDir, String name) {
        return new StackProcesses(dataDir).cpuSeconds().get(name);
    }
}
