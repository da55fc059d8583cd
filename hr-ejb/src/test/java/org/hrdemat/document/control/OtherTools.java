package org.hrdemat.document.control;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks of a PDF by engines other than iText, which the application itself uses: poppler (installed by .ci/run)
 * for signatures (pdfsig), the picture (pdftoppm) and the text (pdftotext) of a page; PDFBox's text extraction.
 * Poppler is strict where PDFBox is lenient: PDFBox draws a page whose font resource is missing with a font of its
 * own, poppler draws nothing and says so.
 */
public final class OtherTools {

    /**
     * Poppler's font configuration: the system's, with the standard PDF fonts that a PDF does not embed drawn by the
     * Liberation fonts (metric-compatible, the ones the PDF/A conversion embeds) rather than another clone.
     */
    private static final Path FONTS;

    static {
        try (var in = OtherTools.class.getResourceAsStream("/poppler-fonts.conf")) {
            FONTS = Files.createTempFile("poppler-fonts-", ".conf");
            FONTS.toFile().deleteOnExit();
            Files.write(FONTS, in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private OtherTools() {
    }

    /**
     * pdfsig's report on the document's signatures. pdfsig exits 0 even on a digest mismatch, so callers read its
     * output ("Signature is Valid", "Total document signed").
     */
    public static String pdfsig(byte[] pdf) {
        Output o = poppler(pdf, "pdfsig");
        return new String(o.out(), StandardCharsets.UTF_8) + o.err();
    }

    /** One page (1-based) rendered by poppler (pdftoppm) in grey levels at the given resolution. */
    public static BufferedImage render(byte[] pdf, int page, int dpi) {
        byte[] pgm = poppler(pdf, "pdftoppm", "-gray", "-r", String.valueOf(dpi), "-f", String.valueOf(page), "-l",
                String.valueOf(page)).out();
        // P5 <width> <height> 255, then one byte a pixel
        int at = 0;
        int[] header = new int[3];
        for (int field = -1; field < 3; field++) {
            while (Character.isWhitespace(pgm[at])) {
                at++;
            }
            int start = at;
            while (!Character.isWhitespace(pgm[at])) {
                at++;
            }
            if (field >= 0) {
                header[field] = Integer.parseInt(new String(pgm, start, at - start, StandardCharsets.US_ASCII));
            }
        }
        at++;
        BufferedImage image = new BufferedImage(header[0], header[1], BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, header[0], header[1], java.util.Arrays.copyOfRange(pgm, at,
                at + header[0] * header[1]));
        return image;
    }

    /**
     * One page's text (1-based) in the order its content draws it, as poppler (pdftotext -raw) extracts it; its
     * complaints about the page, if any, too.
     */
    public static String text(byte[] pdf, int page) {
        Output o = poppler(pdf, "pdftotext", "-raw", "-enc", "UTF-8", "-f", String.valueOf(page), "-l", String.valueOf(page));
        return new String(o.out(), StandardCharsets.UTF_8) + (o.err().isBlank() ? "" : "\n[pdftotext] " + o.err());
    }

    /** One page's text (1-based) as PDFBox extracts it. */
    public static String pdfBoxText(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Output(byte[] out, String err) {
    }

    /** Runs a poppler tool on the document, its output on standard output. */
    private static Output poppler(byte[] pdf, String... command) {
        try {
            Path file = Files.createTempFile("poppler-", ".pdf");
            Path err = Files.createTempFile("poppler-", ".err");
            try {
                Files.write(file, pdf);
                java.util.List<String> line = new java.util.ArrayList<>(java.util.List.of(command));
                line.add(file.toString());
                if (command[0].equals("pdftotext")) {
                    line.add("-"); // pdftoppm writes to its standard output when given no output name
                }
                Process p;
                try {
                    ProcessBuilder builder = new ProcessBuilder(line).redirectError(err.toFile());
                    builder.environment().put("FONTCONFIG_FILE", FONTS.toString());
                    p = builder.start();
                } catch (IOException e) {
                    fail("poppler's " + command[0] + " is needed (apt-get install poppler-utils)");
                    return null;
                }
                byte[] out = p.getInputStream().readAllBytes();
                p.waitFor(60, TimeUnit.SECONDS);
                return new Output(out, Files.readString(err));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * How far two renderings of a page are apart: the share of pixels whose grey levels differ by more than a
     * quarter of the range (anti-aliasing moves edges by a fraction of a pixel, a missing or different glyph changes
     * whole pixels), or 1 when the pictures are not of the same size.
     */
    public static double differingPixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1;
        }
        long differing = 0;
        var ra = a.getRaster();
        var rb = b.getRaster();
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (Math.abs(ra.getSample(x, y, 0) - rb.getSample(x, y, 0)) > 64) {
                    differing++;
                }
            }
        }
        return differing / (double) ((long) a.getWidth() * a.getHeight());
    }

    /** The share of pixels of a rendering that are not white: how much a page draws. */
    public static double inkedPixels(BufferedImage image) {
        long inked = 0;
        var r = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (r.getSample(x, y, 0) < 192) {
                    inked++;
                }
            }
        }
        return inked / (double) ((long) image.getWidth() * image.getHeight());
    }
}
