package org.hrdemat.web.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hrdemat.personnelfile.control.ContentCheck;

/** The parts of a multipart upload: the text fields by name, and the one file with its name. */
final class FileParts {

    final Map<String, String> fields = new HashMap<>();
    byte[] file;
    String fileName;

    static FileParts of(List<EntityPart> parts) throws IOException {
        FileParts p = new FileParts();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("file".equals(part.getName())) {
                p.fileName = part.getFileName().orElse(null);
                try (InputStream in = part.getContent()) {
                    // one byte more than the limit, so that the check can say "too large"
                    p.file = in.readNBytes(ContentCheck.MAX_BYTES + 1);
                }
            } else {
                p.fields.put(part.getName(), part.getContent(String.class).trim());
            }
        }
        return p;
    }

    String field(String name) {
        String v = fields.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
