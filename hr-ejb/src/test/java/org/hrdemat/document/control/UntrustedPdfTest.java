package org.hrdemat.document.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.Limits;
import org.junit.jupiter.api.Test;

/** The bounds on reading other people's PDFs: refusals in words, never an OutOfMemoryError or a StackOverflowError. */
class UntrustedPdfTest {

    /** Reads every page's content, as the split and the conversion do. */
    private static String refusalOf(byte[] pdf) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> UntrustedPdf.read(() -> {
            try (PdfDocument doc = new PdfDocument(UntrustedPdf.reader(pdf))) {
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    doc.getPage(i).getContentBytes();
                }
            }
            return null;
        }));
        return e.getMessageKey();
    }

    @Test
    void aStreamThatInflatesBeyondTheBoundIsRefusedBeforeItIsInMemory() throws Exception {
        // a page content of zeros, FlateDecode: a few hundred kilobytes that inflate beyond the bound
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.addNewPage().getFirstContentStream().setData(new byte[(int) Limits.PDF_STREAM_BYTES.value() + 1024]);
        }
        byte[] bomb = out.toByteArray();
        assertEquals(true, bomb.length < 1024 * 1024, "compressed: " + bomb.length);
        assertEquals("pdf.tooLarge", refusalOf(bomb));
    }

    @Test
    void deeplyNestedArraysAreRefusedNotAStackOverflow() {
        // an object of 200,000 nested arrays in the page dictionary
        String nested = "[".repeat(200_000) + "]".repeat(200_000);
        String pdf = "%PDF-1.7\n"
                + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /X " + nested + ">> endobj\n"
                + "4 0 obj <</Length 0>> stream\n\nendstream endobj\n"
                + "trailer <</Root 1 0 R /Size 5>>\n%%EOF\n";
        String key = refusalOf(pdf.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(true, key.equals("pdf.tooDeep") || key.equals("pdf.broken"), key);
    }

    @Test
    void aCircularPageTreeIsRefused() {
        // the page tree's second kid is a node whose only kid is itself
        String pdf = "%PDF-1.7\n"
                + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R 5 0 R] /Count 4>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n"
                + "4 0 obj <</Length 0>> stream\n\nendstream endobj\n"
                + "5 0 obj <</Type /Pages /Parent 2 0 R /Kids [5 0 R] /Count 3>> endobj\n"
                + "trailer <</Root 1 0 R /Size 6>>\n%%EOF\n";
        assertEquals("pdf.broken", refusalOf(pdf.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void anOrdinaryPdfIsReadAsBefore() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.addNewPage().getFirstContentStream().setData("BT /F1 12 Tf (Matricule : A001) Tj ET".getBytes());
        }
        int pages = UntrustedPdf.read(() -> {
            try (PdfDocument doc = new PdfDocument(UntrustedPdf.reader(out.toByteArray()))) {
                return doc.getNumberOfPages();
            }
        });
        assertEquals(1, pages);
    }
}
