package org.hrdemat.web.api;

import jakarta.ws.rs.core.Response;
import org.hrdemat.personnelfile.boundary.FileViews;

/** A personal document as an HTTP answer: never cached, shown in the browser or saved under its name. */
final class Downloads {

    private Downloads() {
    }

    static Response of(String fileName, String mediaType, byte[] content, boolean inline) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", disposition(inline, fileName))
                .header("Cache-Control", "no-store").build();
    }

    static Response of(FileViews.Download d, boolean inline) {
        return of(d.fileName(), d.mediaType(), d.content(), inline);
    }

    /**
     * The Content-Disposition of a file name as RFC 6266 writes it: a plain ASCII {@code filename} (quotes,
     * backslashes, control and non-ASCII characters replaced) for old clients, and the exact name in
     * {@code filename*} (RFC 5987, UTF-8, percent-encoded): no name, whoever chose it, can break the header.
     */
    static String disposition(boolean inline, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        name.codePoints().forEach(c -> {
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_');
            if (control) {
                return;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    encoded.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
