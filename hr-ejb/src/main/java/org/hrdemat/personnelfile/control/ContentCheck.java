package org.hrdemat.personnelfile.control;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import java.io.ByteArrayInputStream;
import org.hrdemat.document.control.PdfA;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.Limits;

/**
 * What may enter a personnel file: a PDF, a JPEG or a PNG, recognised by its content (never by its name), under
 * the size limit. A PDF must open and have pages (a corrupt or encrypted one is refused); an image is converted
 * to a PDF/A page, so that every stored document is a PDF.
 */
public final class ContentCheck {

    /** 20 MB by default ({@link Limits#DOCUMENT_BYTES}): a scanned document of a few dozen pages. */
    public static final int MAX_BYTES = Limits.DOCUMENT_BYTES.intValue();

    /** The PDF to store and the type of what was uploaded. */
    public record Accepted(byte[] pdf, String mediaType) {
    }

    private ContentCheck() {
    }

    public static Accepted check(byte[] content, String title) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("invalid.file");
        }
        if (content.length > MAX_BYTES) {
            throw new org.hrdemat.shared.TooLargeException(Limits.DOCUMENT_BYTES, "file.tooLarge");
        }
        String type = typeOf(content);
        if (type == null) {
            throw new InvalidInputException("file.unsupportedType");
        }
        if ("application/pdf".equals(type)) {
            requireReadablePdf(content);
            return new Accepted(content, type);
        }
        return new Accepted(imageToPdf(content, title), type);
    }

    /** The type from the first bytes: PDF, JPEG or PNG; null for anything else. */
    static String typeOf(byte[] c) {
        if (startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2d)) {
            return "application/pdf";
        }
        if (startsWith(c, 0xff, 0xd8, 0xff)) {
            return "image/jpeg";
        }
        if (startsWith(c, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] c, int... magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((c[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static void requireReadablePdf(byte[] content) {
        try (PdfDocument pdf = new PdfDocument(org.hrdemat.document.control.UntrustedPdf.reader(content))) {
            if (pdf.getReader().isEncrypted()) {
                throw new InvalidInputException("file.encrypted");
            }
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new InvalidInputException("file.corruptPdf");
            }
            for (int i = 1; i <= pages; i++) {
                pdf.getPage(i).getContentBytes();
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (com.itextpdf.kernel.exceptions.BadPasswordException e) {
            throw new InvalidInputException("file.encrypted");
        } catch (StackOverflowError | Exception e) {
            InvalidInputException bound = org.hrdemat.document.control.UntrustedPdf.refusal(e);
            throw bound != null && !"pdf.broken".equals(bound.getMessageKey()) ? bound
                    : new InvalidInputException("file.corruptPdf");
        }
    }

    /**
     * Refuses an image whose header announces more pixels than {@link Limits#IMAGE_PIXELS} before anything decodes
     * it (the decoders allocate what the header says: a 40000 × 40000 PNG is 1.6 GB of pixels).
     */
    static void requireBoundedImage(byte[] content) {
        long pixels;
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
                new java.io.ByteArrayInputStream(content))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException("file.corruptImage");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException("file.corruptImage");
        }
        long most = Limits.IMAGE_PIXELS.value();
        if (pixels <= 0 || pixels > most) {
            throw new InvalidInputException("file.imageTooLarge", most / 1_000_000);
        }
    }

    private static byte[] imageToPdf(byte[] content, String title) {
        ImageData data;
        requireBoundedImage(content);
        try {
            data = ImageDataFactory.create(content);
            if (data.getWidth() <= 0 || data.getHeight() <= 0) {
                throw new InvalidInputException("file.corruptImage");
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInputException("file.corruptImage");
        }
        try {
            return PdfA.create(title == null ? "" : title, "", (pdf, regular, bold) -> {
                PageSize a4 = PageSize.A4;
                Document doc = new Document(pdf, a4);
                doc.setMargins(20, 20, 20, 20);
                Image image = new Image(data);
                image.setAutoScale(true);
                doc.add(image);
                doc.close();
            });
        } catch (RuntimeException e) {
            throw new InvalidInputException("file.corruptImage");
        }
    }
}
