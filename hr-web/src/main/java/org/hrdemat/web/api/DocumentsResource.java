package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.PersonnelFiles;

/** A document of a personnel file: its content (read logged for the agent), a correction, a withdrawal. */
@Path("/documents")
@RequestScoped
@Tag(name = "personnel files")
public class DocumentsResource {

    @EJB
    PersonnelFiles files;

    @GET
    @Path("{id}/content")
    @Produces("application/pdf")
    @Operation(summary = "The document's PDF (current version unless ?version=n); audited; never cached")
    public Response content(@PathParam("id") Long id, @QueryParam("version") Integer version,
                            @QueryParam("inline") boolean inline) {
        return Downloads.of(files.content(id, version), inline);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "HR corrects a document: a new version (multipart: file, note); the old one stays")
    public FileViews.DocumentView correct(@PathParam("id") Long id, List<EntityPart> parts) throws IOException {
        FileParts p = FileParts.of(parts);
        return files.correct(id, p.file, p.fileName, p.field("note"));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "HR withdraws a document, with a reason kept in its history ({\"reason\"})")
    public FileViews.DocumentView withdraw(@PathParam("id") Long id, LeaveApi.ReasonBody body) {
        return files.withdraw(id, body == null ? null : body.reason);
    }
}
