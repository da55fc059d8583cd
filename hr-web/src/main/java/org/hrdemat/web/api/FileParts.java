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
                p.fields.put(part.getName(), text(part));
            }
        }
        return p;
    }

    /**
     * A text part, in UTF-8 (what browsers and HTTP clients send when they declare no charset; read otherwise, it
     * would store "mÃ©dical" for "médical"), at most 64 KiB; bytes that are not UTF-8 are refused.
     */
    static String text(jakarta.ws.rs.core.EntityPart part) throws IOException {
        String charset = part.getMediaType() == null ? null
                : part.getMediaType().getParameters().get(jakarta.ws.rs.core.MediaType.CHARSET_PARAMETER);
        java.nio.charset.Charset cs;
        try {
            cs = charset == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            throw new org.hrdemat.shared.InvalidInputException("error.json.encoding");
        }
        byte[] bytes;
        try (InputStream in = part.getContent()) {
            bytes = in.readNBytes(64 * 1024 + 1);
        }
        if (bytes.length > 64 * 1024) {
            throw new org.hrdemat.shared.InvalidInputException("error.json.tooLong", part.getName(), 64 * 1024);
        }
        String text;
        try {
            text = cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString().trim();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new org.hrdemat.shared.InvalidInputException("error.json.encoding");
        }
        if (!StrictJson.clean(text)) {
            throw new org.hrdemat.shared.InvalidInputException("error.json.control", part.getName());
        }
        return text;
    }

    String field(String name) {
        String v = fields.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
