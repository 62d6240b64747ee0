package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class OnePerJvmTest {

    @Test
    void gives_a_copy_of_the_kit_in_another_class_loader_the_same_parts() throws Exception {
        // given a second copy of the kit's classes, as Quarkus loads one per test profile
        URL kitClasses = TestInfra.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader profileLoader =
                     new URLClassLoader(new URL[] {kitClasses}, ClassLoader.getPlatformClassLoader())) {
            Class<?> copy = profileLoader.loadClass(TestInfra.class.getName());
            assertThat(copy).isNotSameAs(TestInfra.class);

            // when the copy asks for the parts
            String kafka = (String) copy.getMethod("kafkaBootstrapServers").invoke(null);
            String redis = (String) copy.getMethod("redisUrl").invoke(null);
            String mongo = (String) copy.getMethod("mongoUri").invoke(null);

            // then it gets the ones already running, not a second broker, Redis or MongoDB
            assertThat(kafka).isEqualTo(TestInfra.kafkaBootstrapServers());
            assertThat(redis).isEqualTo(TestInfra.redisUrl());
            assertThat(mongo).isEqualTo(TestInfra.mongoUri());
        }
    }

    @Test
    void keeps_names_unique_across_copies_of_the_kit() throws Exception {
        // given
        URL kitClasses = TestInfra.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader profileLoader =
                     new URLClassLoader(new URL[] {kitClasses}, ClassLoader.getPlatformClassLoader())) {
            Method copiedUniqueName = profileLoader.loadClass(TestInfra.class.getName())
                    .getMethod("uniqueName", String.class);

            // when
            String fromCopy = (String) copiedUniqueName.invoke(null, "group");
            String fromHere = TestInfra.uniqueName("group");

            // then both come from one counter: the second is the next one
            assertThat(fromCopy).isNotEqualTo(fromHere);
            assertThat(counterOf(fromHere)).isEqualTo(counterOf(fromCopy) + 1);
        }
    }

    private static long counterOf(String name) {
        // names end in five random characters followed by the counter in base 36
        String suffix = name.substring(name.lastIndexOf('-') + 1);
        return Long.parseLong(suffix.substring(5), Character.MAX_RADIX);
    }
}
