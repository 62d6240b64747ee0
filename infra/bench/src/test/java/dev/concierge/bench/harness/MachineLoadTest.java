package dev.concierge.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineLoadTest {

    @Test
    void the_one_minute_load_average_is_the_first_field_of_proc_loadavg() {
        assertThat(MachineLoad.parse("31.52 28.07 20.11 9/1234 56789\n")).isEqualTo(31.52);
    }

    @Test
    void this_machine_reports_a_load_average() {
        assertThat(MachineLoad.oneMinute()).isNotNaN().isGreaterThanOrEqualTo(0.0);
    }
}
