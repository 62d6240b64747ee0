package dev.concierge.schemas.envelope;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.concierge.schemas.common.Nullable;

/**
 * Teaches Jackson the schemas' rule "every record component without {@link Nullable} is required":
 * reading an event whose data lacks such a field, or holds null in it or in one of its list
 * elements, fails with the field's path instead of producing a half-built record.
 */
final class RequiredComponentsIntrospector extends JacksonAnnotationIntrospector {

    private static final String SCHEMAS_PACKAGE = "dev.concierge.schemas.";

    @Override
    public Boolean hasRequiredMarker(AnnotatedMember member) {
        if (isSchemasRecordMember(member)) {
            return !member.hasAnnotation(Nullable.class);
        }
        return super.hasRequiredMarker(member);
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated annotated) {
        if (annotated instanceof AnnotatedMember && isSchemasRecordMember((AnnotatedMember) annotated)
                && !annotated.hasAnnotation(Nullable.class)) {
            return JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL);
        }
        return super.findSetterInfo(annotated);
    }

    private static boolean isSchemasRecordMember(AnnotatedMember member) {
        Class<?> owner = member.getDeclaringClass();
        return owner.isRecord() && owner.getName().startsWith(SCHEMAS_PACKAGE);
    }
}
