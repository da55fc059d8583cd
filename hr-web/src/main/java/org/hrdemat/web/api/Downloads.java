package org.hrdemat.web.api;

import jakarta.ws.rs.core.Response;
import org.hrdemat.personnelfile.boundary.FileViews;

/** A personal document as an HTTP answer: never cached, shown in the browser or saved. */
final class Downloads {

    private Downloads() {
    }

    static Response of(FileViews.Download d, boolean inline) {
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
