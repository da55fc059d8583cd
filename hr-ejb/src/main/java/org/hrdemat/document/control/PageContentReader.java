package org.hrdemat.document.control;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the content of the pages of one document, page after page, keeping the fonts it has read: iText's own
 * processor reads a standard font's metrics again for every page, which costs more than the page itself when a
 * payroll PDF has thousands of pages with the same three fonts.
 */
public final class PageContentReader {

    private final Map<Integer, PdfFont> fonts = new HashMap<>();
    private IEventListener target;
    private final PdfCanvasProcessor processor = new PdfCanvasProcessor(new Forward()) {
        @Override
        protected PdfFont getFont(PdfDictionary fontDict) {
            if (fontDict.getIndirectReference() == null) {
                return super.getFont(fontDict);
            }
            return fonts.computeIfAbsent(fontDict.getIndirectReference().getObjNumber(), n -> super.getFont(fontDict));
        }
    };

    /** Sends the events of one page's content to the listener. */
    public void read(PdfPage page, IEventListener listener) {
        target = listener;
        try {
            processor.processPageContent(page);
        } finally {
            target = null;
        }
    }

    private final class Forward implements IEventListener {
        @Override
        public void eventOccurred(IEventData data, EventType type) {
            Set<EventType> supported = target.getSupportedEvents();
            if (supported == null || supported.contains(type)) {
                target.eventOccurred(data, type);
            }
        }

        @Override
        public Set<EventType> getSupportedEvents() {
            return null; // all: the page's listener filters
        }
    }
}
