package org.hrdemat.document.control;

import com.itextpdf.kernel.utils.DefaultSafeXmlParserFactory;
import com.itextpdf.kernel.utils.XmlProcessorCreator;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;

/**
 * iText's safe XML parsing (no DTD, no external entities: its own settings), with one document builder kept per
 * thread and reset before each use. iText parses the XMP metadata of every PDF/A it opens, to sealing a payslip
 * too, and its default makes a new factory (a service lookup) and a new builder for each: that cost more than the
 * parsing itself, thousands of times per payroll run.
 */
final class ReusedXmlParsers extends DefaultSafeXmlParserFactory {

    private static final ReusedXmlParsers INSTANCE = new ReusedXmlParsers();

    /** As iText's own: an external entity resolves to nothing (the factory refuses DTDs anyway). */
    private static final EntityResolver NO_ENTITIES = (publicId, systemId) -> new InputSource(new StringReader(""));

    private final ThreadLocal<Map<Integer, DocumentBuilder>> builders = ThreadLocal.withInitial(HashMap::new);

    private ReusedXmlParsers() {
    }

    /** Makes iText use it (idempotent). */
    static void install() {
        XmlProcessorCreator.setXmlParserFactory(INSTANCE);
    }

    @Override
    public DocumentBuilder createDocumentBuilderInstance(boolean namespaceAware, boolean ignoringComments) {
        int key = (namespaceAware ? 1 : 0) | (ignoringComments ? 2 : 0);
        DocumentBuilder builder = builders.get().computeIfAbsent(key,
                k -> super.createDocumentBuilderInstance(namespaceAware, ignoringComments));
        builder.reset(); // back to the factory's settings, which reset also drops the entity resolver
        builder.setEntityResolver(NO_ENTITIES);
        return builder;
    }
}
