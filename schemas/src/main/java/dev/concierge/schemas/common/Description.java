package dev.concierge.schemas.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a record component means when its name and type do not say it all (a default, what an empty
 * value stands for). The JSON Schema export copies it into the property's {@code description}, so
 * analysts who never read Java see it too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Description {

    String value();
}
