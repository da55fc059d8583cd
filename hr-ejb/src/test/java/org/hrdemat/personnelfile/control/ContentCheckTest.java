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

    /** A PNG whose header says width × height, with one tiny compressed row: what a decoder would allocate for. */
    private static byte[] pngClaiming(int width, int height) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] idat = new byte[1024];
        chunk(png, "IDAT", Arrays.copyOf(idat, deflater.deflate(idat)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
        java.io.DataOutputStream d = new java.io.DataOutputStream(out);
        d.writeInt(data.length);
        d.writeBytes(type);
        d.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    @Test
    void anImageOfTooManyPixelsIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
        // 40000 × 40000 (1.6 billion pixels) in a file of a few hundred bytes
        byte[] huge = pngClaiming(40_000, 40_000);
        assertTrue(huge.length < 2000);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ContentCheck.check(huge, "Scan"));
        assertEquals("file.imageTooLarge", e.getMessageKey());
        // a JPEG whose frame header claims 49152 × 49152
        BufferedImage small = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(small, "jpeg", jpeg);
        byte[] lying = jpeg.toByteArray();
        for (int i = 0; i + 8 < lying.length; i++) {
            if ((lying[i] & 0xff) == 0xff && (lying[i + 1] & 0xff) == 0xc0) { // SOF0: length, precision, height, width
                lying[i + 5] = (byte) 0xc0;
                lying[i + 6] = 0;
                lying[i + 7] = (byte) 0xc0;
                lying[i + 8] = 0;
                break;
            }
        }
        e = assertThrows(InvalidInputException.class, () -> ContentCheck.check(lying, "Scan"));
        assertEquals("file.imageTooLarge", e.getMessageKey());
        // an ordinary scan's size passes
        assertEquals("image/png", ContentCheck.check(pngOf(2480, 3508), "Scan").mediaType());
    }

    private static byte[] pngOf(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        return out.toByteArray();
    }
}
