package org.hrdemat.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hrdemat.shared.Limits;

/**
 * Reads a JSON request body strictly, before any rule runs ({@link StrictJsonReader} gives it every body of the
 * API, at most {@link Limits#JSON_BYTES} bytes and in UTF-8): UTF-8 bytes (400 otherwise), well-formed (400 with
 * the line and column), nested at most {@link Limits#JSON_DEPTH} deep, no member given twice. The body is then bound
 * to the endpoint's type field by field, each value of exactly its JSON type: a boolean is {@code true} or
 * {@code false} (never {@code "yes"}, {@code 1} or {@code [true]}), a whole number is an integral JSON number in
 * the Java type's range, a decimal has bounded digits, a text is a JSON string without control characters and
 * within its field's {@link Size} (its max), an enum one of its constants' names, a list a JSON array of at most
 * {@link Limits#JSON_ARRAY_ITEMS}. Anything else is a 400 that names the field ({@link JsonRefusal}). Members the
 * type does not have are ignored.
 */
final class StrictJson {

    /** Decimal numbers: digits in all, and after the point. */
    static final int DECIMAL_DIGITS = 15;
    static final int DECIMAL_SCALE = 6;

    private StrictJson() {
    }

    /** The body as the type: a {@link JsonValue} of that kind, or an object of one of the API's body classes. */
    static Object read(Class<?> type, Type genericType, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw JsonRefusal.body(400, "error.json.encoding");
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw JsonRefusal.body(400, "error.json.empty");
        }
        JsonValue root = parse(text);
        if (JsonValue.class.isAssignableFrom(type)) {
            if (!type.isInstance(root)) {
                throw JsonRefusal.body(400, JsonArray.class.equals(type) ? "error.json.rootArray"
                        : "error.json.rootObject");
            }
            return root;
        }
        if (!(root instanceof JsonObject)) {
            throw JsonRefusal.body(400, "error.json.rootObject");
        }
        return bind(root, genericType == null ? type : genericType, "", null);
    }

    /** Parses with a bounded depth, refusing a member given twice. */
    private static JsonValue parse(String text) {
        int deepest = Limits.JSON_DEPTH.intValue();
        ArrayDeque<Object> open = new ArrayDeque<>(); // JsonObjectBuilder (with its keys) or JsonArrayBuilder
        ArrayDeque<Set<String>> keys = new ArrayDeque<>();
        ArrayDeque<String> pending = new ArrayDeque<>(); // the key of each open object's member being read
        JsonValue root = null;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                JsonValue done = null;
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= deepest) {
                            throw JsonRefusal.limit(400, Limits.JSON_DEPTH, "error.json.depth", deepest);
                        }
                        if (event == JsonParser.Event.START_OBJECT) {
                            open.push(Json.createObjectBuilder());
                            keys.push(new HashSet<>());
                        } else {
                            open.push(Json.createArrayBuilder());
                        }
                    }
                    case KEY_NAME -> {
                        String key = parser.getString();
                        if (!keys.peek().add(key)) {
                            throw JsonRefusal.field(key, "error.json.duplicate");
                        }
                        pending.push(key);
                    }
                    case END_OBJECT -> {
                        keys.pop();
                        done = ((JsonObjectBuilder) open.pop()).build();
                    }
                    case END_ARRAY -> done = ((JsonArrayBuilder) open.pop()).build();
                    default -> done = parser.getValue();
                }
                if (done != null) {
                    if (open.isEmpty()) {
                        root = done;
                    } else if (open.peek() instanceof JsonObjectBuilder object) {
                        object.add(pending.pop(), done);
                    } else {
                        ((JsonArrayBuilder) open.peek()).add(done);
                    }
                }
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw JsonRefusal.body(400, "error.json.syntax", at == null ? "?" : at.getLineNumber(),
                    at == null ? "?" : at.getColumnNumber());
        } catch (jakarta.json.JsonException e) {
            throw JsonRefusal.body(400, "error.json.syntax", "?", "?");
        }
        if (root == null) {
            throw JsonRefusal.body(400, "error.json.empty");
        }
        return root;
    }

    /** One value as the given type; path names it in a refusal; size is the field's declared bound, if any. */
    private static Object bind(JsonValue value, Type type, String path, Size size) {
        Class<?> raw = raw(type);
        String field = path.isEmpty() ? "(body)" : path;
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw JsonRefusal.field(field, "error.json.required");
            }
            return null;
        }
        if (raw == String.class) {
            if (!(value instanceof JsonString s)) {
                throw JsonRefusal.field(field, "error.json.string");
            }
            String text = s.getString();
            int max = size == null ? Integer.MAX_VALUE : size.max();
            if (text.length() > max) {
                throw JsonRefusal.field(field, "error.json.tooLong", max);
            }
            if (!clean(text)) {
                throw JsonRefusal.field(field, "error.json.control");
            }
            return text;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value == JsonValue.TRUE || value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value == JsonValue.FALSE || value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw JsonRefusal.field(field, "error.json.boolean");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            boolean isInt = raw == Integer.class || raw == int.class;
            long low = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long high = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
            if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
                throw JsonRefusal.field(field, "error.json.integer", low, high);
            }
            try {
                // an exponent too large to be a whole number in range is refused without being expanded
                BigDecimal exact = n.bigDecimalValue();
                if (exact.precision() - exact.scale() > 19) {
                    throw new ArithmeticException();
                }
                long l = exact.longValueExact();
                if (isInt) {
                    return Math.toIntExact(l);
                }
                return l;
            } catch (ArithmeticException e) {
                throw JsonRefusal.field(field, "error.json.integer", low, high);
            }
        }
        if (raw == BigDecimal.class) {
            if (!(value instanceof JsonNumber n)) {
                throw JsonRefusal.field(field, "error.json.number", DECIMAL_DIGITS, DECIMAL_SCALE);
            }
            BigDecimal d = n.bigDecimalValue();
            BigDecimal plain = d.scale() < 0 && d.precision() - d.scale() <= DECIMAL_DIGITS ? d.setScale(0) : d;
            if (plain.scale() < 0 || plain.scale() > DECIMAL_SCALE || plain.precision() > DECIMAL_DIGITS) {
                throw JsonRefusal.field(field, "error.json.number", DECIMAL_DIGITS, DECIMAL_SCALE);
            }
            return plain;
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            if (value instanceof JsonString s) {
                for (Object c : constants) {
                    if (((Enum<?>) c).name().equals(s.getString())) {
                        return c;
                    }
                }
            }
            throw JsonRefusal.field(field, "error.json.enum", Arrays.toString(constants)
                    .replace("[", "").replace("]", ""));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            int most = Limits.JSON_ARRAY_ITEMS.intValue();
            if (!(value instanceof JsonArray array) || array.size() > most) {
                throw JsonRefusal.field(field, "error.json.array", most);
            }
            Type item = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(bind(array.get(i), item, path + "[" + i + "]", null));
            }
            return raw.isAssignableFrom(List.class) ? list : Set.copyOf(list);
        }
        if (raw.getName().startsWith("org.hrdemat.") && !raw.isRecord() && !raw.isInterface()) {
            if (!(value instanceof JsonObject object)) {
                throw JsonRefusal.field(field, "error.json.object");
            }
            return object(object, raw, path);
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return value;
        }
        // a type this API does not take in a body: a mistake of ours, not of the caller
        throw new IllegalStateException("no strict JSON binding for " + type + " at " + field);
    }

    /** An object of one of the API's body classes: its public fields, members it does not have ignored. */
    private static Object object(JsonObject object, Class<?> raw, String path) {
        Object target;
        try {
            var constructor = raw.getDeclaredConstructor();
            constructor.setAccessible(true);
            target = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a JSON body class needs a constructor without arguments: " + raw, e);
        }
        for (Field f : raw.getFields()) {
            int modifiers = f.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || !object.containsKey(f.getName())) {
                continue;
            }
            Object bound = bind(object.get(f.getName()), f.getGenericType(),
                    path.isEmpty() ? f.getName() : path + "." + f.getName(), f.getAnnotation(Size.class));
            if (bound == null && f.getType().isPrimitive()) {
                continue;
            }
            try {
                f.set(target, bound);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return target;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /**
     * Whether a text has no control characters but tab and line breaks, no unpaired surrogate and no
     * non-character: what no field of ours means, what PostgreSQL refuses (NUL) or what hides text from a reader.
     */
    static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0 || c == '\ufffe'
                    || c == '\uffff') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For the endpoints that read a {@link JsonObject} member by member: the member as the type, bound as strictly as
     * a body class's field (absent or null: null); a refusal names the member.
     */
    @SuppressWarnings("unchecked")
    static <T> T member(JsonObject body, String name, Class<T> type) {
        if (body == null) {
            return null;
        }
        return (T) bind(body.get(name), type, name, null);
    }

    /** A list member (a JSON array of the item type). */
    @SuppressWarnings("unchecked")
    static <T> List<T> list(JsonObject body, String name, Class<T> item) {
        if (body == null) {
            return null;
        }
        Type listOf = new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {item};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
        return (List<T>) bind(body.get(name), listOf, name, null);
    }
}
