package dev.concierge.infra.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code --name value} options of the local-stack tools. A value comes from the command line,
 * else from an environment variable, else from a default, so the scripts and a developer's shell can
 * both steer the same tool.
 */
public final class Options {

    private final Map<String, String> given;
    private final Function<String, String> environment;

    Options(Map<String, String> given, Function<String, String> environment) {
        this.given = Map.copyOf(given);
        this.environment = environment;
    }

    public static Options parse(String[] args) {
        return parse(args, System::getenv);
    }

    static Options parse(String[] args, Function<String, String> environment) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            given.put(name.substring(2), args[i + 1]);
        }
        return new Options(given, environment);
    }

    public String value(String name, String environmentVariable, String fallback) {
        String fromArgs = given.get(name);
        if (fromArgs != null) {
            return fromArgs;
        }
        String fromEnvironment = environment.apply(environmentVariable);
        return fromEnvironment == null || fromEnvironment.isBlank() ? fallback : fromEnvironment;
    }

    public int intValue(String name, String environmentVariable, int fallback) {
        String value = value(name, environmentVariable, Integer.toString(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, was " + value, e);
        }
    }
}
