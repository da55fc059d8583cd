package org.hrdemat.payslip.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
