package org.hrdemat.payslip.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkPayslipSplitterTest {

    /** A bulk PDF whose pages carry the given texts (null = blank page). */
    static byte[] bulk(String... pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf)) {
            for (int i = 0; i < pages.length; i++) {
                if (i > 0) {
                    doc.add(new AreaBreak());
                }
                doc.add(new Paragraph(pages[i] == null ? " " : pages[i]));
            }
        }
        return out.toByteArray();
    }

    private static PdfDocument open(byte[] pdf) throws Exception {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    @Test
    void consecutivePagesWithTheSameMatriculeMakeOnePayslip() throws Exception {
        byte[] pdf = bulk("Bulletin de paie Matricule : A001 page 1", "Matricule : A001 page 2 net à payer",
                "Matricule: A002", "Matricule A003", "Matricule : A003 suite");
        try (PdfDocument doc = open(pdf)) {
            BulkPayslipSplitter.Result r = new BulkPayslipSplitter(null).split(doc);
            assertEquals(List.of(new BulkPayslipSplitter.Slice("A001", 1, 2), new BulkPayslipSplitter.Slice("A002", 3, 3),
                    new BulkPayslipSplitter.Slice("A003", 4, 5)), r.slices());
            byte[] first = org.hrdemat.document.control.ImportedPdfA.original(doc, 1, 2);
            try (PdfDocument one = open(first)) {
                assertEquals(2, one.getNumberOfPages());
                assertTrue(PdfTextExtractor.getTextFromPage(one.getPage(2)).contains("net à payer"));
            }
        }
    }

    @Test
    void blankPagesAreSkippedAndPagesWithoutMatriculeReported() throws Exception {
        byte[] pdf = bulk("Matricule : A001", null, "Récapitulatif des cotisations", "Matricule : ZZ999");
        try (PdfDocument doc = open(pdf)) {
            BulkPayslipSplitter.Result r = new BulkPayslipSplitter(null).split(doc);
            assertEquals(List.of(new BulkPayslipSplitter.Slice("A001", 1, 1), new BulkPayslipSplitter.Slice("ZZ999", 4, 4)),
                    r.slices());
            assertEquals(List.of(2), r.blankPages());
            assertEquals(List.of(3), r.pagesWithoutMatricule());
        }
    }

    @Test
    void theEmployersOwnExpressionIsUsedAndMustHaveAGroup() throws Exception {
        byte[] pdf = bulk("N° agent 00042 – bulletin", "N° agent 00043");
        try (PdfDocument doc = open(pdf)) {
            BulkPayslipSplitter.Result r = new BulkPayslipSplitter("N° agent (\\d+)").split(doc);
            assertEquals(List.of("00042", "00043"), r.slices().stream().map(BulkPayslipSplitter.Slice::matricule).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> new BulkPayslipSplitter("Matricule"));
    }

    /** One page drawn with the given content operators (font F1 = Helvetica), and a form X1 drawing formText. */
    private static byte[] drawn(String content, String formText) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            com.itextpdf.kernel.pdf.PdfPage page = pdf.addNewPage();
            com.itextpdf.kernel.font.PdfFont font = com.itextpdf.kernel.font.PdfFontFactory.createFont(
                    com.itextpdf.io.font.constants.StandardFonts.HELVETICA);
            com.itextpdf.kernel.pdf.PdfName f1 = page.getResources().addFont(pdf, font);
            com.itextpdf.kernel.pdf.xobject.PdfFormXObject form = new com.itextpdf.kernel.pdf.xobject.PdfFormXObject(
                    new com.itextpdf.kernel.geom.Rectangle(200, 50));
            new com.itextpdf.kernel.pdf.canvas.PdfCanvas(form, pdf).beginText().setFontAndSize(font, 10)
                    .moveText(5, 20).showText(formText).endText();
            com.itextpdf.kernel.pdf.PdfName x1 = page.getResources().addForm(form);
            String ops = content.replace("/F1", "/" + f1.getValue()).replace("/X1", "/" + x1.getValue());
            page.getFirstContentStream().setData(ops.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private static List<BulkPayslipSplitter.Slice> slices(byte[] pdf) throws Exception {
        try (PdfDocument doc = open(pdf)) {
            return new BulkPayslipSplitter(null).split(doc).slices();
        }
    }

    @Test
    void theMatriculeIsReadAcrossTextPiecesKerningAndForms() throws Exception {
        // label and value shown apart, each placed on its own
        assertEquals("A7", slices(drawn("BT /F1 10 Tf 50 700 Td (Matricule :) Tj 80 0 Td (A7) Tj ET", ""))
                .get(0).matricule());
        // a word cut by kerning stays one word; a wide gap is a space
        assertEquals("A9", slices(drawn("BT /F1 10 Tf 50 700 Td [(Matri) 20 (cule) -300 (:) -250 (A9)] TJ ET", ""))
                .get(0).matricule());
        // pieces without a gap, or a small one either way, stay one word: B12, not B
        assertEquals("B12", slices(drawn("BT /F1 10 Tf 50 700 Td [(Matricule : ) (B) -60 (1) 50 (2)] TJ ET", ""))
                .get(0).matricule());
        // text drawn by a form the page places
        assertEquals("F12", slices(drawn("q 1 0 0 1 50 600 cm /X1 Do Q", "Matricule : F12")).get(0).matricule());
    }

    @Test
    void theFirstMatriculeOfThePageCountsWhereverItIs() throws Exception {
        StringBuilder lines = new StringBuilder("BT /F1 8 Tf 40 800 Td ");
        for (int i = 0; i < 300; i++) {
            lines.append("(Ligne de paie ").append(i).append(" 2 150,00 1,10 23,65) Tj 0 -2 Td ");
        }
        // after 300 lines (past the part of the page read line by line), then a second one
        assertEquals("LAST1", slices(drawn(lines + "(Matricule : LAST1) Tj 0 -2 Td (Matricule : OTHER) Tj ET", ""))
                .get(0).matricule());
        // in the heading, with another further down (a recapitulation): the heading's
        assertEquals("HEAD1", slices(drawn("BT /F1 8 Tf 40 800 Td (Matricule : HEAD1) Tj 0 -10 Td "
                + lines.substring(lines.indexOf("(")) + "(Matricule : OTHER) Tj ET", "")).get(0).matricule());
        // the value at the very end of the page's text
        assertEquals("END9", slices(drawn("BT /F1 8 Tf 40 800 Td (Bulletin) Tj 0 -10 Td (Matricule : END9) Tj ET", ""))
                .get(0).matricule());
    }

    @Test
    void aScannedPayrollHasNoTextAndAPayrollWithOneTextPageHas() throws Exception {
        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(100, 140,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(scan, "png", png);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf)) {
            for (int i = 0; i < 3; i++) {
                doc.add(new com.itextpdf.layout.element.Image(com.itextpdf.io.image.ImageDataFactory.create(png.toByteArray())));
            }
        }
        try (PdfDocument doc = open(out.toByteArray())) {
            assertFalse(BulkPayslipSplitter.hasText(doc));
        }
        try (PdfDocument doc = open(bulk(null, null, "Matricule : A001"))) {
            assertTrue(BulkPayslipSplitter.hasText(doc));
        }
    }
}
