package dev.concierge.schemas.envelope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} of a record, e.g. {@code concierge.request.created.v1}. Written out
 * explicitly (not derived from the class name) so that renaming a class never changes the wire format.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
