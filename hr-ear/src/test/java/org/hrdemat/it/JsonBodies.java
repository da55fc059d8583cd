package org.hrdemat.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/** Parses API answers. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject object(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    static JsonArray array(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readArray();
        }
    }

    static jakarta.json.JsonValue parse(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readValue();
        }
    }
}
