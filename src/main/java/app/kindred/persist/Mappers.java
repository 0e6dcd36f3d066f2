package app.kindred.persist;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Jackson set up for Kindred's files: durations as {@code 4m12s}, enums as {@code ended-early},
 * instants as ISO-8601 text, nulls left out.
 */
final class Mappers {
    private Mappers() {
    }

    static ObjectMapper yaml() {
        YAMLFactory f = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        return configure(new ObjectMapper(f), true);
    }

    static ObjectMapper json() {
        return configure(new ObjectMapper(), false);
    }

    private static ObjectMapper configure(ObjectMapper m, boolean readableDurations) {
        m.registerModule(new JavaTimeModule());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        SimpleModule mod = new SimpleModule("kindred");
        if (readableDurations) {
            mod.addSerializer(Duration.class, new JsonSerializer<>() {
                @Override
                public void serialize(Duration d, JsonGenerator g, SerializerProvider p) throws IOException {
                    g.writeString(DurationText.format(d));
                }
            });
            mod.addDeserializer(Duration.class, new JsonDeserializer<>() {
                @Override
                public Duration deserialize(JsonParser p, DeserializationContext c) throws IOException {
                    try {
                        return DurationText.parse(p.getValueAsString());
                    } catch (IllegalArgumentException e) {
                        return (Duration) c.handleWeirdStringValue(Duration.class, p.getValueAsString(), e.getMessage());
                    }
                }
            });
        }
        @SuppressWarnings({"rawtypes", "unchecked"})
        JsonSerializer<Enum> enumWriter = new JsonSerializer<>() {
            @Override
            public void serialize(Enum e, JsonGenerator g, SerializerProvider p) throws IOException {
                // Partner and role letters stay capital ("A"); words read better in lower case.
                g.writeString(e.name().length() == 1 ? e.name() : e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        };
        mod.addSerializer(Enum.class, enumWriter);
        mod.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                return new LenientEnum(type.getRawClass());
            }
        });
        m.registerModule(mod);
        return m;
    }

    /** Reads {@code ended-early}, {@code ENDED_EARLY} and {@code Ended Early} alike. */
    private static final class LenientEnum extends JsonDeserializer<Object> {
        private final Class<?> type;

        LenientEnum(Class<?> type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext c) throws IOException {
            String text = p.getValueAsString();
            String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(key)) {
                    return constant;
                }
            }
            return c.handleWeirdStringValue(type, text, "expected one of " + names());
        }

        private String names() {
            StringBuilder b = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            return b.toString();
        }
    }
}
