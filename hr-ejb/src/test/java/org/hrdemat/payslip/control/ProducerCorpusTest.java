package org.hrdemat.payslip.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hrdemat.document.control.ImportedPdfA;
import org.hrdemat.document.control.OtherTools;
import org.hrdemat.document.control.PdfSealer;
import org.hrdemat.document.control.Pki;
import org.hrdemat.document.control.VeraPdf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same four-page payroll document (A001 on two pages, A002, the unknown Z999; accents and the euro sign), as
 * other PDF producers write it, goes through what the payroll job does with a bulk PDF: split by matricule, each
 * payslip made PDF/A when it can be, sealed. Every archived payslip is then checked by engines other than ours:
 * poppler renders it like its source pages, poppler and PDFBox extract the same text from both, veraPDF passes it as PDF/A-3b, pdfsig
 * verifies its seal. The Debian producers' files are committed (corpus/make-corpus.sh makes them again); the Java
 * producers write theirs here.
 */
class ProducerCorpusTest {

    /** Each producer, and whether its pages are expected to become PDF/A (otherwise: the sealed original). */
    enum Producer {
        GROFF(true), GHOSTSCRIPT_GROFF(true), ENSCRIPT_PS2PDF(true), REPORTLAB(true), CAIRO(true), WKHTMLTOPDF(true),
        LIBREOFFICE(true), CHROMIUM(true), PDFBOX_STANDARD_FONT(true), PDFBOX_EMBEDDED_TYPE0(true),
        PDFBOX_TYPE0_WITHOUT_TOUNICODE(true), PDFBOX_ROTATED_PAGES(true), PDFBOX_TEXT_IN_FORMS(true), OPENPDF(true), ITEXT_STANDARD_FONT(true),
        ITEXT_TYPE3_FONT(true);

        final boolean pdfA;

        Producer(boolean pdfA) {
            this.pdfA = pdfA;
        }

        /** The committed file of a Debian producer: its name in lower case, dashes for underscores. */
        String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".pdf";
        }
    }

    static final List<List<String>> PAGES = pages();
    static Pki.Credential seal;
    static ExecutorService threads;

    @BeforeAll
    static void setUp() {
        Pki.Credential ca = Pki.newAuthority("CN=Corpus CA, C=FR", 1);
        seal = Pki.issue(ca, "CN=Cachet Commune de Démoville, C=FR", 1);
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void tearDown() {
        threads.shutdown();
    }

    @ParameterizedTest
    @EnumSource(Producer.class)
    void everyPayslipIsItsSourcePagesSealed(Producer producer) throws Exception {
        byte[] bulk = pdf(producer);
        BulkPayslipSplitter.Result split = new BulkPayslipSplitter(null).split(bulk, 2, threads);
        assertEquals(List.of(new BulkPayslipSplitter.Slice("A001", 1, 2), new BulkPayslipSplitter.Slice("A002", 3, 3),
                new BulkPayslipSplitter.Slice("Z999", 4, 4)), split.slices());
        assertEquals(List.of(), split.pagesWithoutMatricule());
        // the split's fast reader finds each page's matricule by itself (iText's full extractor is its fallback)
        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(bulk)))) {
            org.hrdemat.document.control.PageText reader = new org.hrdemat.document.control.PageText();
            List<String> expected = List.of("A001", "A001", "A002", "Z999");
            for (int page = 1; page <= 4; page++) {
                assertTrue(reader.of(source.getPage(page), t -> false).replaceAll("\\s+", " ")
                        .contains("Matricule : " + expected.get(page - 1)), producer + " page " + page);
            }
        }

        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(bulk)))) {
            ImportedPdfA converter = new ImportedPdfA(source);
            for (BulkPayslipSplitter.Slice slice : split.slices()) {
                ImportedPdfA.Result result = converter.pages(slice.firstPage(), slice.lastPage(),
                        "Bulletin de paie 2026-12 " + slice.matricule());
                assertEquals(producer.pdfA, result.pdfA(), slice.matricule() + ": " + result.keptOriginalBecause());
                byte[] sealed = PdfSealer.sign(result.pdf(), seal, "cachet", "Bulletin de paie", "Démoville", null);
                keep(producer, bulk, slice.matricule(), sealed);

                String signature = OtherTools.pdfsig(sealed);
                assertTrue(signature.contains("Signature is Valid") && signature.contains("Total document signed"),
                        signature);
                if (result.pdfA()) {
                    assertEquals("", VeraPdf.failures(sealed), slice.matricule());
                }
                for (int page = slice.firstPage(); page <= slice.lastPage(); page++) {
                    int archivedPage = page - slice.firstPage() + 1;
                    String expected = OtherTools.text(bulk, page);
                    // the source says what it should: poppler takes the codes of a font without ToUnicode for
                    // characters, PDFBox reads them through the font's cmap as the split does
                    String words = (producer == Producer.PDFBOX_TYPE0_WITHOUT_TOUNICODE
                            ? OtherTools.pdfBoxText(bulk, page) : expected)
                            .replaceAll("\\s+", " "); // a rotated page's words come one a line
                    assertTrue(words.contains("Matricule : " + slice.matricule())
                            && words.contains(producer == Producer.ENSCRIPT_PS2PDF ? "EUR" : "€")
                            && words.contains("BULLETIN DE PAIE - Décembre 2026"), expected);
                    assertEquals(comparable(producer, expected), comparable(producer, OtherTools.text(sealed, archivedPage)),
                            slice.matricule() + " page " + page);
                    assertEquals(comparable(producer, OtherTools.pdfBoxText(bulk, page)),
                            comparable(producer, OtherTools.pdfBoxText(sealed, archivedPage)));
                    BufferedImage before = OtherTools.render(bulk, page, 72);
                    BufferedImage after = OtherTools.render(sealed, archivedPage, 72);
                    assertTrue(OtherTools.inkedPixels(before) > 0.002, "the source page draws its text");
                    double differing = OtherTools.differingPixels(before, after);
                    assertTrue(differing < 0.001, slice.matricule() + " page " + page + ": " + differing
                            + " of the pixels differ");
                }
            }
        }
    }

    /**
     * Text as compared: as extracted, except on rotated pages, where the extractors' guesses at where a word ends
     * vary with a fraction of a point: there, the characters in their order.
     */
    private static String comparable(Producer producer, String text) {
        return producer == Producer.PDFBOX_ROTATED_PAGES ? text.replaceAll("\\s+", "") : text;
    }

    /** With -Dcorpus.keep=DIR, the source and the archived payslips are left there to look at. */
    private static void keep(Producer producer, byte[] bulk, String matricule, byte[] sealed) throws IOException {
        String dir = System.getProperty("corpus.keep");
        if (dir != null) {
            java.nio.file.Path d = java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.write(d.resolve(producer.fileName()), bulk);
            java.nio.file.Files.write(d.resolve(producer.fileName().replace(".pdf", "-" + matricule + ".pdf")), sealed);
        }
    }

    // --- the producers -------------------------------------------------------------------------------------------

    static byte[] pdf(Producer producer) throws IOException {
        return switch (producer) {
            case PDFBOX_STANDARD_FONT -> pdfBox(doc -> new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    doc -> new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 0);
            case PDFBOX_ROTATED_PAGES -> pdfBox(doc -> new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN),
                    doc -> new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD), 90);
            case PDFBOX_EMBEDDED_TYPE0 -> pdfBox(doc -> type0(doc, "LiberationSans-Regular.ttf", true),
                    doc -> type0(doc, "LiberationSans-Bold.ttf", true), 0);
            // whole fonts (a subset of PDFBox's has no cmap left: without ToUnicode, no reader could know its text)
            case PDFBOX_TYPE0_WITHOUT_TOUNICODE -> withoutToUnicode(pdfBox(
                    doc -> type0(doc, "LiberationSans-Regular.ttf", false),
                    doc -> type0(doc, "LiberationSans-Bold.ttf", false), 0));
            case PDFBOX_TEXT_IN_FORMS -> pdfBoxForms();
            case OPENPDF -> openPdf();
            case ITEXT_STANDARD_FONT -> iText();
            case ITEXT_TYPE3_FONT -> iTextType3();
            default -> {
                try (InputStream in = ProducerCorpusTest.class.getResourceAsStream("/corpus/" + producer.fileName())) {
                    if (in == null) {
                        throw new IllegalStateException("corpus file missing: " + producer.fileName());
                    }
                    yield in.readAllBytes();
                }
            }
        };
    }

    /** The pages of corpus/payroll.txt (separated by a line holding \f). */
    private static List<List<String>> pages() {
        try (InputStream in = ProducerCorpusTest.class.getResourceAsStream("/corpus/payroll.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\\\\f\n")).map(p -> List.of(p.strip().split("\n"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface FontMaker {
        PDFont make(PDDocument doc) throws IOException;
    }

    private static byte[] pdfBox(FontMaker regular, FontMaker bold, int rotation) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont r = regular.make(doc);
            PDFont b = bold.make(doc);
            for (List<String> lines : PAGES) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setRotation(rotation);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.newLineAtOffset(50, 800);
                    for (int i = 0; i < lines.size(); i++) {
                        cs.setFont(i == 0 ? b : r, i == 0 ? 12 : 10);
                        cs.showText(lines.get(i));
                        cs.newLineAtOffset(0, -18);
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDFont type0(PDDocument doc, String file, boolean subset) throws IOException {
        try (InputStream in = ProducerCorpusTest.class.getResourceAsStream("/liberation/" + file)) {
            return PDType0Font.load(doc, in, subset);
        }
    }

    /** The same PDF without the fonts' ToUnicode maps: text is then read through the embedded fonts' own cmaps. */
    private static byte[] withoutToUnicode(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    page.getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** OpenPDF, the engine under JasperReports: paragraphs in the standard Helvetica, Cp1252. */
    private static byte[] openPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4);
        com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        com.lowagie.text.Font regular = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA,
                com.lowagie.text.pdf.BaseFont.CP1252, 10);
        com.lowagie.text.Font bold = com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA_BOLD,
                com.lowagie.text.pdf.BaseFont.CP1252, 12);
        for (int p = 0; p < PAGES.size(); p++) {
            if (p > 0) {
                doc.newPage();
            }
            List<String> lines = PAGES.get(p);
            for (int i = 0; i < lines.size(); i++) {
                doc.add(new com.lowagie.text.Paragraph(lines.get(i), i == 0 ? bold : regular));
            }
        }
        doc.close();
        return out.toByteArray();
    }

    /** iText drawing on the canvas with the standard Courier, WinAnsi. */
    private static byte[] iText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.COURIER, PdfEncodings.WINANSI);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.COURIER_BOLD, PdfEncodings.WINANSI);
            for (List<String> lines : PAGES) {
                PdfCanvas canvas = new PdfCanvas(pdf.addNewPage(com.itextpdf.kernel.geom.PageSize.A4));
                for (int i = 0; i < lines.size(); i++) {
                    canvas.beginText().setFontAndSize(i == 0 ? bold : regular, i == 0 ? 12 : 10)
                            .moveText(50, 800 - 18 * i).showText(lines.get(i)).endText();
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * PDFBox drawing each page's text inside a form XObject that the page then draws (as templating report engines
     * do): the text is found only by reading the form.
     */
    private static byte[] pdfBoxForms() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<String> lines : PAGES) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                // a form XObject (PDFBox writes a form's content through its appearance-stream type, the same object)
                var form = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(doc);
                form.setBBox(PDRectangle.A4);
                form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
                try (PDPageContentStream cs = new PDPageContentStream(doc, form)) {
                    cs.beginText();
                    cs.newLineAtOffset(50, 800);
                    for (int i = 0; i < lines.size(); i++) {
                        cs.setFont(i == 0 ? bold : regular, i == 0 ? 12 : 10);
                        cs.showText(lines.get(i));
                        cs.newLineAtOffset(0, -18);
                    }
                    cs.endText();
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawForm(form);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * iText with a Type 3 font, whose glyphs are drawings of the PDF's own (as TeX's bitmap and outline fonts, and
     * some report engines, write them): here the outlines of Liberation Sans traced with Java2D.
     */
    private static byte[] iTextType3() throws IOException {
        java.awt.Font outlines;
        try (InputStream in = ProducerCorpusTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            outlines = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(1000f);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
        java.awt.font.FontRenderContext context = new java.awt.font.FontRenderContext(null, true, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            com.itextpdf.kernel.font.PdfType3Font font = PdfFontFactory.createType3Font(pdf, false);
            java.util.Set<Integer> drawn = new java.util.TreeSet<>();
            PAGES.forEach(lines -> lines.forEach(line -> line.codePoints().forEach(drawn::add)));
            for (int c : drawn) {
                java.awt.font.GlyphVector vector = outlines.createGlyphVector(context, Character.toString(c));
                java.awt.Shape shape = vector.getGlyphOutline(0);
                java.awt.geom.Rectangle2D box = shape.getBounds2D();
                int width = Math.round(vector.getGlyphMetrics(0).getAdvance());
                com.itextpdf.kernel.pdf.canvas.PdfCanvas glyph = font.addGlyph((char) c, width,
                        (int) Math.floor(box.getMinX()), (int) Math.floor(-box.getMaxY()),
                        (int) Math.ceil(box.getMaxX()), (int) Math.ceil(-box.getMinY()));
                trace(glyph, shape);
            }
            for (List<String> lines : PAGES) {
                PdfCanvas canvas = new PdfCanvas(pdf.addNewPage(com.itextpdf.kernel.geom.PageSize.A4));
                for (int i = 0; i < lines.size(); i++) {
                    canvas.beginText().setFontAndSize(font, i == 0 ? 12 : 10)
                            .moveText(50, 800 - 18 * i).showText(lines.get(i)).endText();
                }
            }
        }
        return out.toByteArray();
    }

    /** A Java2D outline as a filled PDF path (y upwards). */
    private static void trace(com.itextpdf.kernel.pdf.canvas.PdfCanvas canvas, java.awt.Shape shape) {
        double[] p = new double[6];
        double x = 0;
        double y = 0;
        for (java.awt.geom.PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(p)) {
                case java.awt.geom.PathIterator.SEG_MOVETO -> canvas.moveTo(x = p[0], y = -p[1]);
                case java.awt.geom.PathIterator.SEG_LINETO -> canvas.lineTo(x = p[0], y = -p[1]);
                case java.awt.geom.PathIterator.SEG_QUADTO -> {
                    // the quadratic curve as the cubic it is
                    double cx = p[0];
                    double cy = -p[1];
                    canvas.curveTo(x + 2 * (cx - x) / 3, y + 2 * (cy - y) / 3, p[2] + 2 * (cx - p[2]) / 3,
                            -p[3] + 2 * (cy + p[3]) / 3, x = p[2], y = -p[3]);
                }
                case java.awt.geom.PathIterator.SEG_CUBICTO -> canvas.curveTo(p[0], -p[1], p[2], -p[3], x = p[4], y = -p[5]);
                default -> canvas.closePath();
            }
        }
        canvas.fill();
    }
}
