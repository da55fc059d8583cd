package org.hrdemat.document.control;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.validation.ValidationContainer;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfa.PdfAPageFactory;
import com.itextpdf.pdfa.checker.PdfAChecker;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** PDF/A-3b documents with the embedded DejaVu fonts that ship with the application, and an sRGB output intent. */
public final class PdfA {

    /** The Producer line of every PDF: the licence comes with the document. */
    public static final String PRODUCER = "HR Demat (AGPL-3.0) with iText";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    // parsed once: reading a TrueType file costs more than writing a whole payslip
    private static final com.itextpdf.io.font.FontProgram REGULAR = program("DejaVuSans.ttf");
    private static final com.itextpdf.io.font.FontProgram BOLD = program("DejaVuSans-Bold.ttf");

    private PdfA() {
    }

    /**
     * The characters whose glyphs every document embeds, used or not: ASCII, the French alphabet, the typography of
     * amounts. Each document then embeds the same subset of a font, which is cut once ({@link SubsetCachingFont}).
     */
    static final String COMMON_CHARACTERS;

    static {
        StringBuilder chars = new StringBuilder();
        for (int c = 0x20; c <= 0x7e; c++) {
            chars.append((char) c);
        }
        chars.append("àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ°«»€–—’\u00a0\u202f");
        COMMON_CHARACTERS = chars.toString();
    }

    /**
     * A PDF/A-3b document on the writer, with the sRGB output intent. Its XMP metadata is written from the document
     * information directly: the same properties iText's XMP toolkit writes, at a fraction of the cost.
     */
    static PdfADocument document(PdfWriter writer) {
        return document(writer, null);
    }

    /** The same, checked by the given PDF/A-3b checker instead of iText's own. */
    static PdfADocument document(PdfWriter writer, PdfAChecker checker) {
        return new PdfADocument(writer, PdfAConformance.PDF_A_3B, outputIntent()) {
            {
                if (checker != null) {
                    ValidationContainer validation = new ValidationContainer();
                    validation.addChecker(checker);
                    getDiContainer().register(ValidationContainer.class, validation);
                    pdfPageFactory = new PdfAPageFactory(checker);
                }
            }

            @Override
            protected void updateXmpMetadata() {
                setMetadata(this);
            }
        };
    }

    /**
     * Leaves the XMP packet where the closing document takes it from (the catalog), so that iText writes it as the
     * metadata stream without parsing it back.
     */
    static void setMetadata(PdfDocument pdf) {
        pdf.getCatalog().getPdfObject().put(PdfName.Metadata, new PdfStream(Xmp.of(pdf.getDocumentInfo())));
    }

    /** The sRGB output intent of every PDF/A document made here. */
    static PdfOutputIntent outputIntent() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB));
    }

    /** What a document writer receives: the open document and its two fonts. */
    public interface Content {
        void write(PdfDocument pdf, PdfFont regular, PdfFont bold) throws IOException;
    }

    /**
     * A PDF/A-3b document drawn by this application's own code: fonts embedded, sRGB output intent, XMP with the
     * PDF/A identification. iText's PDF/A checker is not run on it (it would cost as much as the drawing): what
     * this code draws is fixed, and the tests validate it with veraPDF.
     */
    public static byte[] create(String title, String author, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        WriterProperties properties = new WriterProperties().addXmpMetadata()
                .setCompressionLevel(CompressionConstants.BEST_SPEED);
        Set<Integer> asked = SubsetCachingFont.asking();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, properties)) {
            @Override
            protected void updateXmpMetadata() {
                setMetadata(this);
            }

            @Override
            protected void flushFonts() {
                boolean common = COMMON_CODE_POINTS.containsAll(asked);
                for (PdfFont font : getDocumentFonts()) {
                    if (common && (font.getFontProgram() == REGULAR || font.getFontProgram() == BOLD)) {
                        made(this, font);
                    } else {
                        font.flush();
                    }
                }
            }
        }) {
            pdf.addOutputIntent(outputIntent());
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setAuthor(author);
            info.setProducer(PRODUCER);
            PdfFont regular = PdfFontFactory.createFont(REGULAR, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold = PdfFontFactory.createFont(BOLD, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            regular.convertToBytes(COMMON_CHARACTERS);
            bold.convertToBytes(COMMON_CHARACTERS);
            content.write(pdf, regular, bold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SubsetCachingFont.stopAsking();
        }
        return out.toByteArray();
    }

    /** The code points of the common characters. */
    private static final Set<Integer> COMMON_CODE_POINTS = COMMON_CHARACTERS.codePoints().boxed()
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Per thread, each font with exactly the common characters, written once in a document of its own. */
    private static final ThreadLocal<Map<FontProgram, PdfDictionary>> MADE = ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * Gives the document's font the objects of the same font made once with the common characters: when a document
     * drew only those, its own font would be written with exactly these objects (same glyphs in the subset, same
     * widths, same ToUnicode map and CIDSet), which iText would otherwise cut, map and compress again for each of
     * thousands of payslips. The objects are copied as they are, their streams still compressed.
     */
    private static void made(PdfDocument pdf, PdfFont font) {
        PdfDictionary once = MADE.get().computeIfAbsent(font.getFontProgram(), program -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PdfDocument doc = new PdfDocument(new PdfWriter(out, new WriterProperties()
                    .setCompressionLevel(CompressionConstants.BEST_COMPRESSION)))) {
                PdfFont f = PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                f.convertToBytes(COMMON_CHARACTERS);
                new PdfCanvas(doc.addNewPage()).setFontAndSize(f, 10);
            }
            try {
                PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())));
                PdfDictionary fonts = read.getPage(1).getResources().getResource(PdfName.Font);
                return fonts.getAsDictionary(fonts.keySet().iterator().next()); // keeps its document open
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        PdfDictionary copy = (PdfDictionary) once.copyTo(pdf, false);
        PdfDictionary own = font.getPdfObject();
        own.putAll(copy);
        copy.getIndirectReference().setFree(); // its entries are the font's own now
        own.flush();
    }

    private static com.itextpdf.io.font.FontProgram program(String name) {
        try {
            return new SubsetCachingFont(fontBytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the fonts the application ships and embeds in every PDF/A (DejaVuSans.ttf, DejaVuSans-Bold.ttf). */
    static byte[] fontBytes(String name) {
        try (InputStream in = PdfA.class.getResourceAsStream("/org/hrdemat/document/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
