package org.hrdemat.document.control;

import com.itextpdf.io.source.PdfTokenizer;
import com.itextpdf.io.source.RandomAccessFileOrArray;
import com.itextpdf.io.source.RandomAccessSourceFactory;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.util.PdfCanvasParser;

/**
 * What the readers of page content that go through its operators themselves (the PDF/A conversion's scan, the
 * bulk split's text) share: a parser over a content stream, and the forms a content draws.
 */
public final class ContentStreams {

    private ContentStreams() {
    }

    /** iText's operator parser over the bytes of a content stream, its resources resolving inline images. */
    public static PdfCanvasParser parser(byte[] content, PdfResources resources) {
        return new PdfCanvasParser(new PdfTokenizer(new RandomAccessFileOrArray(
                new RandomAccessSourceFactory().createSource(content))), resources);
    }

    /** The XObject a Do operator names, or null when the resources have none of that name. */
    public static PdfStream xObject(PdfResources resources, PdfObject name) {
        PdfDictionary objects = resources.getResource(PdfName.XObject);
        return objects == null || !(name instanceof PdfName n) ? null : objects.getAsStream(n);
    }

    /** Whether the XObject is a form (content of its own), not an image. */
    public static boolean isForm(PdfStream xObject) {
        return PdfName.Form.equals(xObject.getAsName(PdfName.Subtype));
    }

    /** The resources a form's content uses: its own, or those of the content that draws it. */
    public static PdfResources resourcesOf(PdfStream form, PdfResources drawing) {
        PdfDictionary own = form.getAsDictionary(PdfName.Resources);
        return own == null ? drawing : new PdfResources(own);
    }
}
