package org.hrdemat.document.control;

import com.itextpdf.kernel.pdf.PdfDate;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import java.nio.charset.StandardCharsets;

/**
 * The XMP metadata of a PDF/A-3b document, from its information dictionary: title, author, keywords, producer, creation and
 * modification dates (PDF/A requires them to match), format and the PDF/A identification.
 */
final class Xmp {

    private Xmp() {
    }

    static byte[] of(PdfDocumentInfo info) {
        StringBuilder x = new StringBuilder(1024);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        String created = info.getMoreInfo("CreationDate");
        if (created != null) {
            x.append("   <xmp:CreateDate>").append(PdfDate.getW3CDate(created)).append("</xmp:CreateDate>\n");
        }
        String modified = info.getMoreInfo("ModDate");
        if (modified != null) {
            x.append("   <xmp:ModifyDate>").append(PdfDate.getW3CDate(modified)).append("</xmp:ModifyDate>\n");
        }
        String producer = info.getProducer();
        if (producer != null) {
            x.append("   <pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        }
        String keywords = info.getKeywords();
        if (keywords != null) {
            x.append("   <pdf:Keywords>").append(escape(keywords)).append("</pdf:Keywords>\n");
        }
        String author = info.getAuthor();
        if (author != null) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        String title = info.getTitle();
        if (title != null) {
            x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        x.append("   <pdfaid:part>3</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
