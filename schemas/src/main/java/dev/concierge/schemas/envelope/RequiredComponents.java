package dev.concierge.schemas.envelope;

import dev.concierge.schemas.common.Nullable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the first record component that is null although it is not marked {@link Nullable},
 * looking through nested records, lists and maps. Jackson enforces the same rule when reading;
 * this is the writing side, so that no producer can put an incomplete event on a topic.
 */
final class RequiredComponents {

    /** Reflection is slow enough to matter at Kafka rates, so each record class is inspected once. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private RequiredComponents() {
    }

    /** The path of the first missing required value below {@code path}, e.g. {@code data.deliveryAddress.city}. */
    static Optional<String> firstMissing(Object value, String path) {
        if (value instanceof Record) {
            return firstMissingInRecord((Record) value, path);
        }
        if (value instanceof Collection) {
            int index = 0;
            for (Object element : (Collection<?>) value) {
                Optional<String> missing = element == null
                        ? Optional.of(path + "[" + index + "]")
                        : firstMissing(element, path + "[" + index + "]");
                if (missing.isPresent()) {
                    return missing;
                }
                index++;
            }
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                String entryPath = path + "." + entry.getKey();
                Optional<String> missing = entry.getValue() == null
                        ? Optional.of(entryPath)
                        : firstMissing(entry.getValue(), entryPath);
                if (missing.isPresent()) {
                    return missing;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstMissingInRecord(Record value, String path) {
        for (RecordComponent component : COMPONENTS.get(value.getClass())) {
            String componentPath = path + "." + component.getName();
            Object componentValue = read(component, value);
            if (componentValue == null) {
                if (!component.isAnnotationPresent(Nullable.class)) {
                    return Optional.of(componentPath);
                }
                continue;
            }
            Optional<String> missing = firstMissing(componentValue, componentPath);
            if (missing.isPresent()) {
                return missing;
            }
        }
        return Optional.empty();
    }

    private static Object read(RecordComponent component, Record owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + owner.getClass().getName(), e);
        }
    }
}
