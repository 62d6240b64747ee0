package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.concierge.ingest.shared.application.TextRules;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every JSON body is read strictly, once, here: no value is silently changed on the way in.
 * Refused: duplicate keys (instead of "last wins"), fractions for whole-number fields (100.99 is
 * not 100), strings for numbers or booleans and numbers or booleans for strings, non-finite
 * numbers ("NaN", "Infinity", 1e400), refused characters in any string ({@link TextRules}),
 * nesting deeper than {@value #MAX_DEPTH} and strings longer than {@value #MAX_STRING} characters.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int MAX_DEPTH = 32;
    /** Above every field's own limit (those name the field); any event holding more could not be stored anyway. */
    public static final int MAX_STRING = 1_000_000;
    public static final int MAX_NUMBER_LENGTH = 1000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER_LENGTH).build());
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule strict = new SimpleModule("concierge-strict-values");
        strict.addDeserializer(String.class, new CleanStrings());
        strict.addDeserializer(Double.class, new FiniteDoubles(Double.class, null));
        strict.addDeserializer(double.class, new FiniteDoubles(Double.TYPE, 0.0d));
        mapper.registerModule(strict);
    }

    /** Strings as Jackson reads them, then checked against {@link TextRules}. */
    static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            String problem = TextRules.problemWith(value).orElse(null);
            if (problem != null) {
                throw new RefusedValueException(p, problem);
            }
            return value;
        }
    }

    /** Jackson accepts "NaN" and "Infinity" as strings even when coercion is off, and reads 1e400 as infinity. */
    static final class FiniteDoubles extends NumberDeserializers.DoubleDeserializer {

        FiniteDoubles(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw new RefusedValueException(p, "must be a finite number");
            }
            return value;
        }
    }
}
