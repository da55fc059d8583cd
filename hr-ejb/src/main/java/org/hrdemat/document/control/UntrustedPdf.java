package org.hrdemat.document.control;

import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.filters.FilterHandlers;
import com.itextpdf.kernel.pdf.filters.IFilterHandler;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.Limits;

/**
 * Reading a PDF that someone else made (a payroll software's, an upload), within bounds: no stream may inflate
 * beyond {@link Limits#PDF_STREAM_BYTES} (FlateDecode through {@link BoundedFlateFilter}, the other filters through
 * iText's handler, which by default checks only some filter chains: here every stream), nor all the streams decoded
 * together for one object beyond {@link Limits#PDF_DECODED_BYTES}, and what goes wrong while reading — a bound reached, structures nested beyond what a parser's stack holds,
 * a broken page tree or cross-reference table — becomes a refusal in words ({@link #refusal(Throwable)}) instead of
 * an {@code OutOfMemoryError}, a {@code StackOverflowError} or a server error.
 */
public final class UntrustedPdf {

    private UntrustedPdf() {
    }

    /** iText's filters, FlateDecode replaced by the bounded one. */
    private static final java.util.Map<PdfName, IFilterHandler> FILTERS;

    static {
        java.util.Map<PdfName, IFilterHandler> filters = new java.util.HashMap<>(FilterHandlers.getDefaultFilterHandlers());
        BoundedFlateFilter flate = new BoundedFlateFilter();
        filters.put(PdfName.FlateDecode, flate);
        filters.put(PdfName.Fl, flate);
        FILTERS = java.util.Map.copyOf(filters);
    }

    /** A reader of the bytes with the bounds. */
    public static PdfReader reader(byte[] pdf) {
        try {
            return new Bounding(new ByteArrayInputStream(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader of the file with the bounds (the file is read where it lies, not loaded in memory). */
    public static PdfReader reader(Path file) {
        try {
            return new Bounding(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** iText's reader, decoding every stream it reads (content, fonts, object streams) through {@link #FILTERS}. */
    private static final class Bounding extends PdfReader {

        Bounding(java.io.InputStream in) throws IOException {
            super(in, properties());
        }

        Bounding(Path file) throws IOException {
            super(file.toString(), properties());
        }

        @Override
        public byte[] readStreamBytes(PdfStream stream, boolean decode) throws IOException {
            byte[] raw = readStreamBytesRaw(stream);
            return decode && raw != null ? decodeBytes(raw, stream, FILTERS) : raw;
        }
    }

    private static ReaderProperties properties() {
        return new ReaderProperties().setMemoryLimitsAwareHandler(new Bounded());
    }

    /**
     * What to tell the user for a failure met while reading an untrusted PDF, or null when it is not the PDF's
     * fault (the caller rethrows it).
     */
    public static InvalidInputException refusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof MemoryLimitsAwareException) {
                return new InvalidInputException("pdf.tooLarge", Limits.PDF_STREAM_BYTES.value() / (1024 * 1024));
            }
            if (c instanceof StackOverflowError) {
                return new InvalidInputException("pdf.tooDeep");
            }
        }
        if (t instanceof PdfException || t instanceof IOException || t instanceof UncheckedIOException
                || t instanceof ClassCastException || t instanceof NullPointerException
                || t instanceof IndexOutOfBoundsException || t instanceof IllegalArgumentException) {
            // what iText throws on a broken file: "Invalid page structure", a cycle in the cross-reference
            // table, an object that is not of the kind the structure needs...
            return new InvalidInputException("pdf.broken");
        }
        return null;
    }

    /**
     * Runs a reading of an untrusted PDF, turning its failures into refusals. {@code StackOverflowError} is caught
     * here, where the parser that overflowed is abandoned with all it built: nothing of it is used afterwards.
     */
    public static <T> T read(Reading<T> reading) {
        try {
            return reading.read();
        } catch (InvalidInputException e) {
            throw e;
        } catch (StackOverflowError | Exception e) {
            InvalidInputException refusal = refusal(e);
            if (refusal == null) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            throw refusal;
        }
    }

    /** A reading that may fail as a broken PDF does. */
    @FunctionalInterface
    public interface Reading<T> {
        T read() throws IOException;
    }

    /** iText's handler with the installation's bounds, applied to every stream whatever its filters. */
    static final class Bounded extends MemoryLimitsAwareHandler {

        Bounded() {
            setMaxSizeOfSingleDecompressedPdfStream(Limits.PDF_STREAM_BYTES.intValue());
            setMaxSizeOfDecompressedPdfStreamsSum(Limits.PDF_DECODED_BYTES.value());
        }

        @Override
        public boolean isMemoryLimitsAwarenessRequiredOnDecompression(PdfArray filters) {
            return true;
        }

        @Override
        public MemoryLimitsAwareHandler createNewInstance() {
            return new Bounded();
        }
    }
}
