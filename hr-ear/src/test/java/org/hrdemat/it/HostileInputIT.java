package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and careless input on every operation of the OpenAPI document the server publishes (so that an endpoint
 * added later gets the same treatment without anyone writing its test): for each, by its request body's content
 * type, malformed and mistyped bodies, wrong and oversized parameters, garbage content types. Every answer must be a
 * client error (never 5xx) with a JSON message; afterwards the server is healthy and what its users read is exactly
 * what it was before (nothing was stored or changed).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    /** Path parameter values that name nothing (a real id could let a body-less operation act). */
    private static final List<String> BAD_IDS = List.of("abc", "0", "-1", "9223372036854775808", "1e3", "%00",
            "x".repeat(5000));

    /** Query parameter values of the wrong kind or size. */
    private static final List<String> BAD_QUERY = List.of("abc", "9223372036854775808", "-99999999999", "%00%01",
            "2026-13-45", "y".repeat(5000));

    /** JSON bodies that do not parse or are not an object. */
    private static final List<String> MALFORMED_JSON = List.of("", " ", "null", "[]", "\"text\"", "12", "true", "{",
            "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{\"a\":1}}", "{\"a\":\"\\ud800\"}", "[".repeat(10_000) + "]".repeat(10_000),
            "{\"a\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001), "\u0000\u0001");

    private record Operation(String method, String path, JsonObject spec) {
    }

    private record Failure(String what, int status, String body) {
        @Override
        public String toString() {
            return what + " -> " + status + " " + (body == null ? "" : body.substring(0, Math.min(200, body.length())));
        }
    }

    @Test
    void everyOperationRefusesBadInputWithAJsonClientErrorAndChangesNothing() {
        JsonObject api = JsonBodies.object(Http.get("/openapi?format=JSON", null).body());
        List<Operation> operations = operations(api);
        assertTrue(operations.size() > 60, "operations in the OpenAPI document: " + operations.size());

        // what users read, twice: what changes by being read (an access log records its readers) is left out
        Map<String, String> before = snapshot(operations);
        Map<String, String> again = snapshot(operations);
        before.keySet().removeIf(k -> !before.get(k).equals(again.get(k)));
        assertTrue(before.size() > 10, "what is compared: " + before.keySet());
        List<Failure> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations) {
            for (String login : List.of("rh", "admin")) {
                for (Attempt a : attempts(api, op)) {
                    Http.Reply r = send(op, a, login);
                    sent++;
                    check(op.method() + " " + a.path() + " as " + login + " [" + a.what() + "]",
                            op.method().equals("get"), r, failures);
                }
            }
        }
        // grouped by operation and status, a few examples each
        Map<String, List<Failure>> grouped = new TreeMap<>();
        for (Failure f : failures) {
            grouped.computeIfAbsent(f.what().replaceAll(" as \\w+ \\[.*", "").replaceAll("\\?.*", "") + " → "
                    + f.status(), k -> new ArrayList<>()).add(f);
        }
        StringBuilder report = new StringBuilder();
        grouped.forEach((k, v) -> report.append(k).append(" ×").append(v.size()).append(": ")
                .append(String.join(" | ", v.stream().limit(3).map(Failure::toString).toList())).append('\n'));
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " answers were not JSON client errors:\n"
                + report);
        Http.Reply health = Http.send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:9990/health/ready"))
                .GET().build());
        assertEquals(200, health.status(), "the server is healthy after " + sent + " requests: " + health.body());
        assertEquals(200, Http.get("/api/v1/me", "agent").status(), "and serves its users");
        Map<String, String> after = snapshot(operations);
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertEquals(e.getValue(), after.get(e.getKey()), "what " + e.getKey() + " reads changed");
        }
    }

    /**
     * Requests whose HTTP framing itself is broken, sent on a raw socket (an HTTP client library would not send
     * them): a body longer or shorter than its Content-Length, chunks that do not parse or go on beyond the request
     * bound, contradictory lengths. Each gets a client error or a closed connection, never a server error; what the
     * application answers itself is JSON; nothing is stored or changed, and no upload is left on disk.
     */
    @Test
    void brokenHttpFramingIsRefusedWithoutHarm() throws Exception {
        JsonObject api = JsonBodies.object(Http.get("/openapi?format=JSON", null).body());
        List<Operation> operations = operations(api);
        Map<String, String> before = snapshot(operations);
        Map<String, String> again = snapshot(operations);
        before.keySet().removeIf(k -> !before.get(k).equals(again.get(k)));
        String preference = "PUT /api/v1/me/payslip-preference HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + Http.basic("agent", "demo1234") + "\r\nContent-Type: application/json\r\n";

        // a Content-Length shorter than the body: the body is what the length says (not JSON), the rest is taken
        // as the next request (not HTTP)
        String shorter = raw(preference + "Content-Length: 5\r\n\r\n{\"paper\":true}GARBAGE /x HTTP/1.1\r\n\r\n",
                null, false);
        assertTrue(shorter.startsWith("HTTP/1.1 400") && shorter.contains("\"key\":\"error.json.syntax\""), shorter);
        noServerError("Content-Length shorter than the body", shorter);
        // a Content-Length longer than the body, the client then stops sending: nothing is done, 400 in JSON
        String longer = raw(preference + "Content-Length: 100\r\n\r\n{\"paper\":true}", null, true);
        assertTrue(longer.startsWith("HTTP/1.1 400") && longer.contains("\"key\":\"error.body.incomplete\""),
                longer);
        // chunk sizes beyond any number, chunks that are not hexadecimal, two lengths, a length and chunks, a
        // negative length: refused by the web server or the connection closed
        for (String[] c : new String[][] {
                {"huge chunk size", "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffffffff\r\n{\"paper\":true}\r\n0\r\n\r\n"},
                {"chunk size not hexadecimal", "Transfer-Encoding: chunked\r\n\r\nzz\r\n{\"paper\":true}\r\n0\r\n\r\n"},
                {"two lengths", "Content-Length: 2\r\nContent-Length: 14\r\n\r\n{\"paper\":true}"},
                {"a length and chunks", "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"},
                {"negative length", "Content-Length: -1\r\n\r\n{}"},
                {"length beyond any number", "Content-Length: 99999999999999999999999\r\n\r\n{}"}}) {
            String answer = raw(preference + c[1], null, true);
            noServerError(c[0], answer);
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), c[0] + ": " + answer);
        }
        // a payroll file sent in chunks beyond the request bound: read up to the bound only, 413 naming it
        long bound = Long.parseLong(System.getenv().getOrDefault("HR_LIMIT_REQUEST_BYTES",
                String.valueOf(600L * 1024 * 1024)));
        String overLong = raw("POST /api/v1/payroll-runs HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + Http.basic("rh", "demo1234") + "\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", out -> {
                    chunk(out, ("--b\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n2019-01\r\n--b\r\n"
                            + "Content-Disposition: form-data; name=\"file\"; filename=\"paie.pdf\"\r\n"
                            + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII));
                    byte[] block = new byte[1024 * 1024];
                    java.util.Arrays.fill(block, (byte) ' ');
                    for (long sent = 0; sent <= bound; sent += block.length) {
                        chunk(out, block);
                    }
                    chunk(out, "\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }, false);
        assertTrue(overLong.startsWith("HTTP/1.1 413") && overLong.contains("\"limit\":\"HR_LIMIT_REQUEST_BYTES\""),
                overLong);
        java.nio.file.Path uploads = java.nio.file.Path.of("target/it-data/uploads");
        if (java.nio.file.Files.isDirectory(uploads)) {
            try (var left = java.nio.file.Files.list(uploads)) {
                assertEquals(List.of(), left.toList(), "uploads left on disk");
            }
        }

        assertEquals(200, Http.get("/api/v1/me", "agent").status(), "the server serves its users");
        Map<String, String> after = snapshot(operations);
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertEquals(e.getValue(), after.get(e.getKey()), "what " + e.getKey() + " reads changed");
        }
    }

    private interface Body {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    private static void chunk(java.io.OutputStream out, byte[] data) throws java.io.IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** What the server answers on one connection (until it closes it, or 15 s of silence). */
    private static String raw(String head, Body body, boolean thenStopSending) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", 8080)) {
            socket.setSoTimeout(15_000);
            java.io.OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    body.write(out);
                }
                out.flush();
                if (thenStopSending) {
                    socket.shutdownOutput();
                }
            } catch (java.io.IOException closedByTheServer) {
                // the server may refuse and close before everything is sent: its answer is read below
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (java.net.SocketTimeoutException | java.net.SocketException stillOpenOrReset) {
                // what came before is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void noServerError(String what, String answer) {
        assertTrue(!answer.contains("HTTP/1.1 5"), what + ": " + answer);
    }

    /** One request to make: the path with its parameters, the body and its content type. */
    private record Attempt(String what, String path, String contentType, byte[] body) {
    }

    private static void check(String what, boolean reads, Http.Reply r, List<Failure> failures) {
        if (r.status() >= 500 || r.status() < 400 && !reads) {
            // an operation that acts and answers 2xx or 3xx to hostile input took it as valid
            failures.add(new Failure(what, r.status(), r.body()));
            return;
        }
        if (r.status() < 400) {
            return; // a search given a text it finds nothing for, say
        }
        try {
            JsonObject body = JsonBodies.object(r.body());
            if (!body.containsKey("message") || !body.containsKey("key")) {
                failures.add(new Failure(what + " (no message)", r.status(), r.body()));
            }
        } catch (RuntimeException e) {
            failures.add(new Failure(what + " (not JSON)", r.status(), r.body()));
        }
    }

    private static Http.Reply send(Operation op, Attempt a, String login) {
        HttpRequest.Builder b = Http.request(a.path(), login);
        HttpRequest.BodyPublisher body = a.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(a.body());
        if (a.contentType() != null) {
            b.header("Content-Type", a.contentType());
        }
        return Http.send(b.method(op.method().toUpperCase(java.util.Locale.ROOT), body).build());
    }

    /** The operations of the document, those whose only effect without input would be to act left out. */
    private static List<Operation> operations(JsonObject api) {
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, JsonValue> p : new TreeMap<>(api.getJsonObject("paths")).entrySet()) {
            JsonObject methods = p.getValue().asJsonObject();
            for (String m : List.of("get", "post", "put", "delete", "patch")) {
                if (methods.containsKey(m)) {
                    ops.add(new Operation(m, p.getKey(), methods.getJsonObject(m)));
                }
            }
        }
        return ops;
    }

    private static List<Attempt> attempts(JsonObject api, Operation op) {
        List<Attempt> attempts = new ArrayList<>();
        List<String> pathParams = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(op.path());
        while (m.find()) {
            pathParams.add(m.group(1));
        }
        List<String> queryParams = new ArrayList<>();
        for (JsonValue v : op.spec().getJsonArray("parameters") == null ? List.<JsonValue>of()
                : op.spec().getJsonArray("parameters")) {
            JsonObject param = v.asJsonObject();
            if ("query".equals(param.getString("in", ""))) {
                queryParams.add(param.getString("name"));
            }
        }
        JsonObject content = op.spec().containsKey("requestBody")
                ? op.spec().getJsonObject("requestBody").getJsonObject("content") : null;
        boolean acts = !op.method().equals("get");
        if (acts && content == null && pathParams.isEmpty()) {
            return attempts; // e.g. "open my account": its only input is the caller, nothing hostile to send
        }
        // a path that names nothing: each path parameter in turn
        String valid = op.path().replaceAll("\\{[^}]+}", "0");
        for (String id : BAD_IDS) {
            for (String name : pathParams) {
                attempts.add(new Attempt("path " + name + "=" + shortly(id),
                        op.path().replace("{" + name + "}", id).replaceAll("\\{[^}]+}", "0"), null, null));
            }
        }
        // wrong query parameters (the path names nothing when the operation could act)
        String base = acts || !pathParams.isEmpty() ? valid : op.path();
        for (String q : queryParams) {
            for (String value : BAD_QUERY) {
                attempts.add(new Attempt("query " + q + "=" + shortly(value), base + "?" + q + "=" + value, null, null));
            }
        }
        if (content == null) {
            return attempts;
        }
        // bodies: sent where the operation would act on something that exists only when the path names nothing, or
        // (no path parameter) on the real endpoint, where hostile bodies must be refused before any effect
        String target = pathParams.isEmpty() ? op.path() : valid;
        for (String type : content.keySet()) {
            if (type.equals("application/json")) {
                for (String json : MALFORMED_JSON) {
                    attempts.add(new Attempt("json " + shortly(json), target, "application/json",
                            json.getBytes(StandardCharsets.UTF_8)));
                }
                attempts.add(new Attempt("json in UTF-16", target, "application/json; charset=UTF-16",
                        "{\"a\":1}".getBytes(StandardCharsets.UTF_16)));
                attempts.add(new Attempt("json of 2 MB", target, "application/json",
                        ("{\"a\":\"" + "z".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
                JsonObject schema = schema(api, content.getJsonObject(type).getJsonObject("schema"));
                if (schema != null && schema.containsKey("properties")) {
                    for (Map.Entry<String, JsonValue> property : schema.getJsonObject("properties").entrySet()) {
                        for (String wrong : wrongValues(api, property.getValue().asJsonObject())) {
                            attempts.add(new Attempt("json " + property.getKey() + "=" + shortly(wrong), target,
                                    "application/json", ("{\"" + property.getKey() + "\":" + wrong + "}")
                                    .getBytes(StandardCharsets.UTF_8)));
                        }
                    }
                }
            } else if (type.equals("multipart/form-data")) {
                attempts.add(new Attempt("multipart without boundary", target, "multipart/form-data",
                        "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n".getBytes()));
                attempts.add(new Attempt("multipart empty", target, "multipart/form-data; boundary=x", new byte[0]));
                attempts.add(new Attempt("multipart truncated", target, "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1."
                                .getBytes()));
                attempts.add(multipart(target, "part header of 200 KB", "X-Pad: " + "p".repeat(200_000) + "\r\n",
                        "a.pdf", "%PDF-1.4 garbage".getBytes()));
                attempts.add(multipart(target, "file name of 10,000 characters", "", "n".repeat(10_000) + ".pdf",
                        "%PDF-1.4 garbage".getBytes()));
                attempts.add(multipart(target, "garbage file", "", "a.pdf", new byte[] {0, 1, 2, 3, (byte) 0xff}));
                attempts.add(multipart(target, "text part not UTF-8", "", "a.pdf", "%PDF-".getBytes()));
            } else {
                attempts.add(new Attempt(type + " empty", target, type, new byte[0]));
                attempts.add(new Attempt(type + " garbage", target, type, new byte[] {'P', 'K', 3, 4, 0, 0, 1}));
                attempts.add(new Attempt(type + " truncated PDF", target, type, "%PDF-1.7\n1 0 obj <<".getBytes()));
            }
            attempts.add(new Attempt("garbage content type", target, ";;garbage//", "{}".getBytes()));
        }
        return attempts;
    }

    /** A multipart body with a file part, every text field the forms have given a value of the wrong kind. */
    private static Attempt multipart(String target, String what, String extraHeader, String fileName, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String boundary = "hostileBoundary";
        Map<String, byte[]> fields = new LinkedHashMap<>();
        boolean notUtf8 = what.contains("UTF-8");
        for (String name : List.of("period", "section", "type", "date", "title", "description", "origin")) {
            fields.put(name, notUtf8 ? new byte[] {'t', (byte) 0xc3, '(', 'x'} : "\u0001\u0002".getBytes());
        }
        for (Map.Entry<String, byte[]> f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.getValue());
            out.writeBytes("\r\n".getBytes());
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\n" + extraHeader + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
        return new Attempt(what, target, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    /** Values of the wrong JSON type, or beyond what the property's type can hold, for one schema property. */
    private static List<String> wrongValues(JsonObject api, JsonObject property) {
        JsonObject p = property.containsKey("$ref") ? schema(api, property) : property;
        String type = p == null ? "object" : p.getString("type", p.containsKey("enum") ? "string" : "object");
        List<String> wrong = new ArrayList<>(List.of("[true]", "{\"x\":1}"));
        switch (type) {
            case "boolean" -> wrong.addAll(List.of("\"yes\"", "1", "\"true\"", "null"));
            case "integer" -> wrong.addAll(List.of("\"12\"", "1.5", "9223372036854775808", "1e400", "true"));
            case "number" -> wrong.addAll(List.of("\"12\"", "1e308", "-9.2e18", "1e-300", "true"));
            case "string" -> wrong.addAll(List.of("12", "true", "\"\\u0000\"", "\"\\u0007bell\"",
                    "\"" + "s".repeat(100_000) + "\"", p.containsKey("enum") ? "\"NOT_ONE_OF_THEM\"" : "\"\\ud800\""));
            case "array" -> wrong.addAll(List.of("\"a\"", "12", "[" + "1,".repeat(20_000) + "1]", "[{\"x\":[]}]"));
            default -> wrong.addAll(List.of("\"a\"", "12", "true"));
        }
        return wrong;
    }

    private static JsonObject schema(JsonObject api, JsonObject schema) {
        if (schema == null) {
            return null;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").replace("#/components/schemas/", "");
            return api.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        return schema;
    }

    /**
     * What the users read through the operations that take no parameter, as the HR officer, the administrator and
     * the agent: the same before and after the sweep (the audit log, which records the refusals, and the health
     * and verification reports are left out).
     */
    private static Map<String, String> snapshot(List<Operation> operations) {
        Map<String, String> seen = new TreeMap<>();
        for (Operation op : operations) {
            if (!op.method().equals("get") || op.path().contains("{") || op.path().contains("audit")
                    || op.path().contains("health") || op.path().contains("openapi")) {
                continue;
            }
            for (String login : List.of("rh", "admin", "agent")) {
                Http.Reply r = Http.get(op.path(), login);
                if (r.status() == 200 && r.raw().headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/json")) {
                    seen.put(login + " " + op.path(), withoutLogins(JsonBodies.parse(r.body())).toString());
                }
            }
        }
        return seen;
    }

    /**
     * A response without what the sweep's own authentications change: each request logs in, which records the
     * account's last login (and so its version).
     */
    private static JsonValue withoutLogins(JsonValue v) {
        if (v instanceof JsonObject o) {
            var b = Json.createObjectBuilder();
            boolean account = o.containsKey("lastLoginAt") || o.containsKey("login");
            o.forEach((k, value) -> {
                if (!k.equals("lastLoginAt") && !(account && k.equals("version"))) {
                    b.add(k, withoutLogins(value));
                }
            });
            return b.build();
        }
        if (v instanceof jakarta.json.JsonArray a) {
            var b = Json.createArrayBuilder();
            if (a.stream().allMatch(i -> i instanceof jakarta.json.JsonNumber || i instanceof jakarta.json.JsonString)) {
                // a set of ids or names has no order of its own
                a.stream().map(JsonValue::toString).sorted().forEach(b::add);
                return b.build();
            }
            a.forEach(item -> b.add(withoutLogins(item)));
            return b.build();
        }
        return v;
    }

    private static String shortly(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return one.length() > 30 ? one.substring(0, 30) + "…(" + s.length() + ")" : one;
    }

    static {
        // the JSON-P provider is on the test class path (parsson); referenced here so that a missing one fails early
        Json.createObjectBuilder();
    }
}
