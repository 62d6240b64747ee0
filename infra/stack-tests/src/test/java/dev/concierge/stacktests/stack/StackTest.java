package dev.concierge.stacktests.stack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against the one shared dev stack ({@link DevStackExtension}). Browser and
 * journey tests use this instead of starting anything of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("stack")
@ExtendWith(DevStackExtension.class)
public @interface StackTest {
}
