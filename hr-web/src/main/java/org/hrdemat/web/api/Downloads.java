package org.hrdemat.web.api;

import jakarta.ws.rs.core.Response;
import org.hrdemat.personnelfile.boundary.FileViews;

/** A personal document as an HTTP answer: never cached, shown in the browser or saved under its name. */
final class Downloads {

    private Downloads() {
    }

    static Response of(String fileName, String mediaType, byte[] content, boolean inline) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    static Response of(FileViews.Download d, boolean inline) {
        return of(d.fileName(), d.mediaType(), d.content(), inline);
    }
}
