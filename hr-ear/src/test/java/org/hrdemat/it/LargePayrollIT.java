package org.hrdemat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bulk payroll PDF of more than 200 MB, sent as one multipart upload, imports on the shared test server, which
 * runs with the README's heap (1 GB): accepted, split, made PDF/A and sealed, every page kept, the server healthy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LargePayrollIT {

    /** The agents of Demoville (the HR account's employer) in the demo organisation. */
    private static final List<String> MATRICULES = List.of("M001", "A001", "A002", "R001");
    private static final int PAGES_PER_AGENT = 50;
    /** Side of each page's scanned image: 600 × 600 RGB of noise, about 1 MiB that no compression can shrink. */
    private static final int SIDE = 600;

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Test
    void aBulkPdfOfTwoHundredMegabytesImportsWithTheReadmeHeap() throws Exception {
        Path file = Path.of("target", "large-payroll.pdf");
        try {
            write(file);
            long size = Files.size(file);
            assertTrue(size > 200L * 1000 * 1000, "the PDF is above 200 MB: " + size);

            String period = "2019-06";
            Instant start = Instant.now();
            Http.Reply created = Http.send(upload(file, period));
            assertEquals(201, created.status(), created.body());
            long runId = JsonBodies.object(created.body()).getJsonNumber("id").longValue();
            JsonObject run = waitUntilDone(runId, Duration.ofMinutes(8));
            Duration took = Duration.between(start, Instant.now());
            assertEquals("READY", run.getString("status"), run.toString());
            assertEquals(MATRICULES.size(), run.getInt("matched"), run.toString());
            assertEquals(MATRICULES.size(), run.getInt("payslips"), run.toString());
            assertEquals(0, run.getJsonArray("unknownMatricules").size(), run.toString());
            assertEquals(MATRICULES.size(), run.getInt("pdfA"), "every payslip made PDF/A: " + run);
            System.out.printf("large payroll import: %d bytes, %d pages, READY in %d s%n", size,
                    MATRICULES.size() * PAGES_PER_AGENT, took.toSeconds());

            // nothing lost: an agent's payslip holds its fifty pages, in order, each with its own image
            List<JsonObject> payslips = JsonBodies.array(Http.get("/api/v1/payroll-runs/" + runId + "/payslips", "rh")
                    .body()).getValuesAs(JsonObject.class);
            assertEquals(MATRICULES.size(), payslips.size());
            JsonObject last = payslips.stream().filter(p -> p.getString("matricule").equals("R001")).findFirst()
                    .orElseThrow();
            HttpResponse<Path> pdf = HttpClient.newHttpClient().send(
                    Http.request("/api/v1/payslips/" + last.getJsonNumber("id").longValue() + "/pdf", "rh")
                            .setHeader("Accept", "application/pdf").timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(Path.of("target", "large-payslip.pdf")));
            assertEquals(200, pdf.statusCode());
            try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.body().toFile()))) {
                assertEquals(PAGES_PER_AGENT, doc.getNumberOfPages());
                for (int p : new int[]{1, PAGES_PER_AGENT}) {
                    String text = PdfTextExtractor.getTextFromPage(doc.getPage(p));
                    assertTrue(text.contains("Matricule : R001") && text.contains("page " + p + " / "),
                            "page " + p + ": " + text);
                }
                assertTrue(Files.size(pdf.body()) > (long) PAGES_PER_AGENT * SIDE * SIDE * 3,
                        "the images were kept, not re-encoded smaller: " + Files.size(pdf.body()));
            } finally {
                Files.deleteIfExists(pdf.body());
            }
            // the server is still well and answers at once
            assertEquals(200, Http.get("/api/v1/me", "agent").status());
            assertTrue(Http.send(HttpRequest.newBuilder(java.net.URI.create("http://localhost:9990/health/ready"))
                    .timeout(Duration.ofSeconds(10)).GET().build()).body().contains("UP"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Writes the bulk PDF page by page (each page flushed to disk at once): the text an export tool would put,
     * and a scan-like image of noise.
     */
    private static void write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Random random = new Random(42);
        byte[] pixels = new byte[SIDE * SIDE * 3];
        int total = MATRICULES.size() * PAGES_PER_AGENT;
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toString(),
                new WriterProperties().setCompressionLevel(CompressionConstants.BEST_SPEED)))) {
            var font = PdfFontFactory.createFont(com.itextpdf.io.font.constants.StandardFonts.HELVETICA);
            for (String matricule : MATRICULES) {
                for (int p = 1; p <= PAGES_PER_AGENT; p++) {
                    PdfPage page = pdf.addNewPage(PageSize.A4);
                    random.nextBytes(pixels);
                    PdfImageXObject image = new PdfImageXObject(ImageDataFactory.create(SIDE, SIDE, 3, 8, pixels,
                            null));
                    PdfCanvas canvas = new PdfCanvas(page);
                    canvas.beginText().setFontAndSize(font, 11).moveText(50, 800)
                            .showText("Bulletin de paie juin 2019 - Matricule : " + matricule + " - page " + p
                                    + " / " + PAGES_PER_AGENT)
                            .endText();
                    canvas.addXObjectFittedIntoRectangle(image, new Rectangle(50, 150, 495, 495));
                    canvas.release();
                    page.flush(true);
                }
            }
            assertEquals(total, pdf.getNumberOfPages());
        }
    }

    /** The multipart upload, its file part streamed from disk (the body is never whole in memory on either side). */
    private static HttpRequest upload(Path file, String period) throws Exception {
        String boundary = "----hrdematLarge" + System.nanoTime();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n" + period
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"paie-cdg.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return Http.request("/api/v1/payroll-runs", "rh")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head.toByteArray()),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
    }

    private static JsonObject waitUntilDone(long runId, Duration most) throws InterruptedException {
        Instant end = Instant.now().plus(most);
        JsonObject run = null;
        while (Instant.now().isBefore(end)) {
            run = JsonBodies.object(Http.get("/api/v1/payroll-runs/" + runId, "rh").body());
            String status = run.getString("status");
            if (!status.equals("IMPORTED") && !status.equals("PROCESSING")) {
                return run;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("run not done in " + most + ": " + run);
    }
}
