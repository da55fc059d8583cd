package org.hrdemat.document.control;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.font.FontProvider;
import java.io.ByteArrayOutputStream;

/**
 * HTML and CSS (the templates an HR team edits) rendered as PDF/A-3b by iText pdfHTML. Only the application's own
 * embedded fonts are offered to the layout (DejaVu Sans, regular and bold), so every glyph is embedded whatever
 * font-family the template asks for; no network resource is fetched.
 */
public final class HtmlPdfA {

    private static final byte[] REGULAR = PdfA.fontBytes("DejaVuSans.ttf");
    private static final byte[] BOLD = PdfA.fontBytes("DejaVuSans-Bold.ttf");

    private HtmlPdfA() {
    }

    /** {@code keywords} (may be null) go to the document information and XMP, e.g. the template and its version. */
    public static byte[] render(String html, String title, String author, String keywords) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        WriterProperties properties = new WriterProperties().addXmpMetadata()
                .setCompressionLevel(CompressionConstants.DEFAULT_COMPRESSION);
        try (var pdf = PdfA.document(new PdfWriter(out, properties))) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setAuthor(author);
            info.setProducer(PdfA.PRODUCER);
            if (keywords != null) {
                info.setKeywords(keywords);
            }
            FontProvider fonts = new FontProvider("DejaVu Sans");
            fonts.addFont(REGULAR);
            fonts.addFont(BOLD);
            ConverterProperties converter = new ConverterProperties().setFontProvider(fonts)
                    .setBaseUri("file:///nonexistent/");
            HtmlConverter.convertToPdf(html, pdf, converter);
        }
        return out.toByteArray();
    }
}
