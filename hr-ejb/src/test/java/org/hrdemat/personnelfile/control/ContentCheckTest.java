package org.hrdemat.personnelfile.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.hrdemat.document.control.PdfA;
import org.hrdemat.document.control.VeraPdf;
import org.hrdemat.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ContentCheckTest {

    static byte[] pdf(String text) {
        return PdfA.create("t", "a", (pdf, regular, bold) -> {
            var page = pdf.addNewPage();
            new com.itextpdf.kernel.pdf.canvas.PdfCanvas(page).beginText().setFontAndSize(regular, 12)
                    .moveText(50, 700).showText(text).endText();
        });
    }

    static byte[] image(String format) throws Exception {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.fillRect(10, 10, 50, 50);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void aPdfIsKeptAsItIs() {
        byte[] pdf = pdf("Arrêté de nomination");
        ContentCheck.Accepted a = ContentCheck.check(pdf, "x");
        assertEquals("application/pdf", a.mediaType());
        assertArrayEquals(pdf, a.pdf());
    }

    @Test
    void imagesBecomeOnePagePdfA() throws Exception {
        for (String format : new String[]{"png", "jpg"}) {
            ContentCheck.Accepted a = ContentCheck.check(image(format), "Scan");
            assertEquals("png".equals(format) ? "image/png" : "image/jpeg", a.mediaType());
            try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(a.pdf())))) {
                assertEquals(1, doc.getNumberOfPages());
            }
            assertEquals("", VeraPdf.failures(a.pdf()), format);
        }
    }

    @Test
    void aRenamedExecutableIsRefusedWhateverItsName() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ContentCheck.check(exe, "contrat.pdf"));
        assertEquals("file.unsupportedType", e.getMessageKey());
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        assertEquals("file.unsupportedType",
                assertThrows(InvalidInputException.class, () -> ContentCheck.check(elf, "x.pdf")).getMessageKey());
    }

    @Test
    void aCorruptPdfIsRefused() {
        byte[] good = pdf("Contrat");
        byte[] truncated = Arrays.copyOf(good, 40);
        assertEquals("file.corruptPdf",
                assertThrows(InvalidInputException.class, () -> ContentCheck.check(truncated, "x")).getMessageKey());
        byte[] garbage = "%PDF-1.7\nthis is not a pdf at all".getBytes();
        assertEquals("file.corruptPdf",
                assertThrows(InvalidInputException.class, () -> ContentCheck.check(garbage, "x")).getMessageKey());
    }

    @Test
    void aCorruptImageIsRefused() throws Exception {
        byte[] png = Arrays.copyOf(image("png"), 30);
        assertEquals("file.corruptImage",
                assertThrows(InvalidInputException.class, () -> ContentCheck.check(png, "x")).getMessageKey());
    }

    @Test
    void emptyAndOversizedAreRefused() {
        assertEquals("invalid.file",
                assertThrows(InvalidInputException.class, () -> ContentCheck.check(new byte[0], "x")).getMessageKey());
        byte[] big = new byte[ContentCheck.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ContentCheck.check(big, "x"));
        assertEquals("file.tooLarge", e.getMessageKey());
        assertTrue(e.getArguments().length == 1);
    }
}
