package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.hrdemat.document.control.Pki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The employer's seal: demo seal at start, installation of a PKCS#12 by ADMIN only, a sealed sample checked by pdfsig. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SealIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    private static long employer(String login) {
        return JsonBodies.object(Http.get("/api/v1/me", login).body()).getJsonObject("employer").getJsonNumber("id").longValue();
    }

    private static Http.Reply put(String path, String login, String json) {
        return Http.send(Http.request(path, login).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("sealed", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    @Test
    void demoSealIsNamedAsDemoAndSealsASampleThatPdfsigValidates() throws Exception {
        long val = employer("rh2");
        Http.Reply seal = Http.get("/api/v1/employers/" + val + "/seal", "rh2");
        assertEquals(200, seal.status(), seal.body());
        JsonObject v = JsonBodies.object(seal.body());
        assertTrue(v.getBoolean("demo"));
        assertTrue(v.getString("subject").contains("DÉMO") || v.getString("subject").contains("DEMO"), v.toString());

        HttpResponse<byte[]> sample = HttpClient.newHttpClient().send(
                Http.request("/api/v1/employers/" + val + "/seal/sample.pdf", "admin").setHeader("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, sample.statusCode());
        String out = pdfsig(sample.body());
        assertTrue(out.contains("Signature is Valid") && out.contains("Total document signed"), out);
    }

    @Test
    void adminInstallsAPkcs12AndOnlyAdminOfThatEmployerMay() {
        long demoville = employer("rh");
        Pki.Credential ca = Pki.newAuthority("CN=Test CA, O=Test, C=FR", 2);
        Pki.Credential seal = Pki.issue(ca, "CN=Cachet Commune de Démoville, O=Commune de Démoville, C=FR", 2);
        String file = Base64.getEncoder().encodeToString(Pki.toPkcs12(seal, "s3cret!".toCharArray()));
        String path = "/api/v1/employers/" + demoville + "/seal";

        Http.Reply wrong = put(path, "admin", "{\"pkcs12\":\"" + file + "\",\"password\":\"nope\"}");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals("seal.unreadable", JsonBodies.object(wrong.body()).getString("key"));
        assertEquals(403, put(path, "rh", "{\"pkcs12\":\"" + file + "\",\"password\":\"s3cret!\"}").status());
        assertEquals(404, put(path, "rh2", "{\"pkcs12\":\"" + file + "\",\"password\":\"s3cret!\"}").status());

        Http.Reply ok = put(path, "admin", "{\"pkcs12\":\"" + file + "\",\"password\":\"s3cret!\"}");
        assertEquals(200, ok.status(), ok.body());
        JsonObject v = JsonBodies.object(Http.get(path, "rh").body());
        assertTrue(v.getString("subject").contains("Cachet Commune de"), v.toString());
        assertEquals(false, v.getBoolean("demo"));
        assertTrue(Http.get("/api/v1/audit/events?action=SEAL_INSTALL", "admin").body().contains("Cachet Commune"));
        assertTrue(!Http.get("/api/v1/audit/events?action=SEAL_INSTALL", "admin").body().contains("s3cret"),
                "the password is never written anywhere");
    }
}
