package org.hrdemat.document.control;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    /** What a document writer receives: the open PDF/A document and its two fonts. */
    public interface Content {
        void write(PdfADocument pdf, PdfFont regular, PdfFont bold) throws IOException;
    }

    public static byte[] create(String title, String author, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfADocument pdf = new PdfADocument(new PdfWriter(out, new WriterProperties().addXmpMetadata()),
                PdfAConformance.PDF_A_3B,
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                        new ByteArrayInputStream(SRGB)))) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setAuthor(author);
            info.setProducer(PRODUCER);
            PdfFont regular = PdfFontFactory.createFont(REGULAR, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold = PdfFontFactory.createFont(BOLD, PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            content.write(pdf, regular, bold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static com.itextpdf.io.font.FontProgram program(String name) {
        try (InputStream in = PdfA.class.getResourceAsStream("/org/hrdemat/document/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + name);
            }
            return com.itextpdf.io.font.FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
