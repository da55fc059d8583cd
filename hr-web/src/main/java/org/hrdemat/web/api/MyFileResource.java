package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.PersonnelFiles;
import org.hrdemat.shared.NotFoundException;

/** The caller's own personnel file: every section, who read it, a full copy. */
@Path("/me/file")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "personnel files")
public class MyFileResource {

    @EJB
    PersonnelFiles files;

    @GET
    @Operation(summary = "The caller's whole file: sections with their documents' metadata")
    public FileViews.FileView mine() {
        FileViews.FileView f = files.mine();
        if (f == null) {
            throw new NotFoundException();
        }
        return f;
    }

    @GET
    @Path("access-log")
    @Operation(summary = "Who accessed the caller's file (name and role), when, what")
    public List<FileViews.AccessView> accessLog() {
        return files.myAccessLog();
    }

    @GET
    @Path("export")
    @Produces("application/zip")
    @Operation(summary = "A full copy: ZIP of every document and an index PDF (number, section, date)")
    public Response export() {
        return Downloads.of(files.exportMine(), false);
    }
}
