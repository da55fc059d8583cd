package org.hrdemat.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hrdemat.shared.Limits;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    /** A body with one field of each kind the API's bodies have. */
    public static class Body {
        public Boolean paper;
        public boolean flag;
        public Integer year;
        public Long id;
        public BigDecimal days;
        @jakarta.validation.constraints.Size(max = 10)
        public String comment;
        public Thread.State state;
        public List<Long> ids;
        public List<String> roles;
    }

    private static Body read(String json) {
        return (Body) StrictJson.read(Body.class, Body.class, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The refusal of a body: key and field. */
    private static String refused(String json) {
        return refused(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(byte[] json) {
        JsonRefusal r = assertThrows(JsonRefusal.class, () -> StrictJson.read(Body.class, Body.class, json));
        return r.status + " " + r.key + (r.field == null ? "" : " " + r.field);
    }

    @Test
    void eachValueOfItsOwnJsonTypeIsBound() {
        Body b = read("{\"paper\":true,\"flag\":true,\"year\":2026,\"id\":9007199254740993,\"days\":2.5,"
                + "\"comment\":\"Congé été\",\"state\":\"RUNNABLE\",\"ids\":[1,2],\"roles\":[\"HR\"],\"other\":{\"x\":[]}}");
        assertEquals(Boolean.TRUE, b.paper);
        assertTrue(b.flag);
        assertEquals(2026, b.year);
        assertEquals(9007199254740993L, b.id);
        assertEquals(new BigDecimal("2.5"), b.days);
        assertEquals("Congé été", b.comment);
        assertEquals(Thread.State.RUNNABLE, b.state);
        assertEquals(List.of(1L, 2L), b.ids);
        assertEquals(List.of("HR"), b.roles);
        Body empty = read("{\"paper\":null}");
        assertNull(empty.paper);
        assertEquals(new BigDecimal("100"), read("{\"days\":1E2}").days);
    }

    @Test
    void aBooleanIsTrueOrFalseAndNothingElse() {
        for (String v : List.of("[true]", "\"yes\"", "\"true\"", "1", "0", "{}", "\"" + "x".repeat(100_000) + "\"")) {
            assertEquals("400 error.json.boolean paper", refused("{\"paper\":" + v + "}"), v.substring(0, Math.min(3, v.length())));
        }
        assertEquals("400 error.json.required flag", refused("{\"flag\":null}"));
    }

    @Test
    void numbersAreNumbersInRange() {
        assertEquals("400 error.json.integer year", refused("{\"year\":\"2026\"}"));
        assertEquals("400 error.json.integer year", refused("{\"year\":2026.5}"));
        assertEquals("400 error.json.integer year", refused("{\"year\":2147483648}"));
        assertEquals("400 error.json.integer id", refused("{\"id\":9223372036854775808}"));
        assertEquals("400 error.json.integer id", refused("{\"id\":1e999999999}"));
        assertEquals("400 error.json.number days", refused("{\"days\":1e308}"));
        assertEquals("400 error.json.number days", refused("{\"days\":-9.2e18}"));
        assertEquals("400 error.json.number days", refused("{\"days\":0.0000001}"));
        assertEquals("400 error.json.number days", refused("{\"days\":\"2\"}"));
    }

    @Test
    void textsAreStringsWithinTheirSizeWithoutControlCharacters() {
        assertEquals("400 error.json.string comment", refused("{\"comment\":12}"));
        assertEquals("400 error.json.tooLong comment", refused("{\"comment\":\"12345678901\"}"));
        assertEquals("400 error.json.control comment", refused("{\"comment\":\"a\\u0000b\"}"));
        assertEquals("400 error.json.control comment", refused("{\"comment\":\"a\\u0007\"}"));
        assertEquals("400 error.json.control comment", refused("{\"comment\":\"\\ud800\"}"));
        assertEquals("a\nb\tc", read("{\"comment\":\"a\\nb\\tc\"}").comment);
        assertEquals("400 error.json.string roles[1]", refused("{\"roles\":[\"HR\",2]}"));
    }

    @Test
    void enumsAndListsAreWhatTheySay() {
        assertEquals("400 error.json.enum state", refused("{\"state\":\"runnable\"}"));
        assertEquals("400 error.json.enum state", refused("{\"state\":1}"));
        assertEquals("400 error.json.array ids", refused("{\"ids\":1}"));
        assertEquals("400 error.json.integer ids[1]", refused("{\"ids\":[1,\"2\"]}"));
        assertEquals("400 error.json.array ids", refused("{\"ids\":[" + "1,".repeat(Limits.JSON_ARRAY_ITEMS.intValue())
                + "1]}"));
    }

    @Test
    void theBodyIsOneObjectOfWellFormedUtf8Json() {
        assertEquals("400 error.json.rootObject", refused("[]"));
        assertEquals("400 error.json.rootObject", refused("null"));
        assertEquals("400 error.json.rootObject", refused("\"text\""));
        assertEquals("400 error.json.empty", refused(""));
        assertEquals("400 error.json.empty", refused("  \n"));
        assertEquals("400 error.json.syntax", refused("{\"paper\":"));
        assertEquals("400 error.json.syntax", refused("{\"paper\":true}}"));
        assertEquals("400 error.json.syntax", refused("{'paper':true}"));
        assertEquals("400 error.json.duplicate paper", refused("{\"paper\":false,\"paper\":true}"));
        assertEquals("400 error.json.encoding", refused(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}));
        // the same body in UTF-16 is not UTF-8
        assertEquals("400 error.json.encoding", refused("{\"paper\":true}".getBytes(StandardCharsets.UTF_16)));
        assertEquals(Boolean.TRUE, read("\ufeff{\"paper\":true}").paper);
    }

    @Test
    void nestingIsBoundedWithoutRecursion() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals("400 error.json.depth", refused("{\"ids\":" + deep + "}"));
        assertEquals("400 error.json.depth", refused(deep));
        String objects = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
        assertEquals("400 error.json.depth", refused(objects));
    }

    @Test
    void jsonValuesAreReadWithTheSameBounds() {
        JsonObject o = (JsonObject) StrictJson.read(JsonObject.class, JsonObject.class,
                "{\"code\":\"123456\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("123456", o.getString("code"));
        assertThrows(JsonRefusal.class, () -> StrictJson.read(JsonObject.class, JsonObject.class,
                "[1]".getBytes(StandardCharsets.UTF_8)));
    }
}
