package dev.concierge.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("MONGO_PORT", "27117");

    @Test
    void a_command_line_value_wins_over_the_environment_and_the_default() {
        Options options = Options.parse(new String[] {"--port", "27999"}, ENVIRONMENT::get);

        assertThat(options.intValue("port", "MONGO_PORT", 27017)).isEqualTo(27999);
    }

    @Test
    void the_environment_is_used_when_the_command_line_is_silent() {
        Options options = Options.parse(new String[0], ENVIRONMENT::get);

        assertThat(options.intValue("port", "MONGO_PORT", 27017)).isEqualTo(27117);
    }

    @Test
    void the_default_applies_when_neither_gives_a_value() {
        Options options = Options.parse(new String[0], name -> null);

        assertThat(options.value("file", "MONGO_DATA_FILE", ".data/mongo/concierge.mv"))
                .isEqualTo(".data/mongo/concierge.mv");
    }

    @Test
    void rejects_an_option_without_a_value() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--port"}, name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--name value");
    }

    @Test
    void rejects_a_port_that_is_not_a_number() {
        Options options = Options.parse(new String[] {"--port", "mongo"}, name -> null);

        assertThatThrownBy(() -> options.intValue("port", "MONGO_PORT", 27017))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--port must be a number, was mongo");
    }
}
