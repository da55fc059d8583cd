package org.hrdemat.document.control;

import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.filters.FlateDecodeFilter;
import com.itextpdf.kernel.pdf.filters.IFilterHandler;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.hrdemat.shared.Limits;

/**
 * FlateDecode, bounded: a stream stops being inflated as soon as it passes {@link Limits#PDF_STREAM_BYTES} (a zip
 * bomb of a few hundred kilobytes that would inflate to gigabytes is refused within milliseconds). Used instead of
 * iText's own by {@link UntrustedPdf}'s reader: iText's bounded buffer copies itself whole on every write once past
 * half of its bound (minutes for a stream of a hundred megabytes). Like iText's, a broken stream gives what could be
 * inflated of it; the PNG predictors are iText's.
 */
final class BoundedFlateFilter implements IFilterHandler {

    @Override
    public byte[] decode(byte[] b, PdfName filterName, PdfObject decodeParams, PdfDictionary streamDictionary) {
        return FlateDecodeFilter.decodePredictor(inflate(b, Limits.PDF_STREAM_BYTES.value()), decodeParams);
    }

    static byte[] inflate(byte[] in, long most) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(in);
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.min(most, Math.min(4L * in.length, 1 << 20)) + 64);
            byte[] block = new byte[1 << 16];
            while (!inflater.finished()) {
                int n;
                try {
                    n = inflater.inflate(block);
                } catch (DataFormatException e) {
                    break; // what was inflated so far, as iText's lenient reading keeps it
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                if (out.size() + (long) n > most) {
                    throw new MemoryLimitsAwareException("a stream inflates beyond " + most + " bytes");
                }
                out.write(block, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
