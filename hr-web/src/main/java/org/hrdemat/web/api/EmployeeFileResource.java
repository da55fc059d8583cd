package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.PersonnelFiles;
import org.hrdemat.personnelfile.entity.DocumentOrigin;
import org.hrdemat.shared.InvalidInputException;

/** An agent's personnel file: HR (every section), the agent, a manager for the sections granted; others 404. */
@Path("/employees/{employeeId}/file")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "personnel files")
public class EmployeeFileResource {

    @EJB
    PersonnelFiles files;

    @GET
    @Operation(summary = "The sections the caller may read, with their documents' metadata; the view is logged")
    public FileViews.FileView file(@PathParam("employeeId") Long employeeId) {
        return files.fileOf(employeeId);
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "HR files a document (multipart: file, section, type, date, title, [description], [origin])")
    public Response add(@PathParam("employeeId") Long employeeId, List<EntityPart> parts) throws IOException {
        FileParts p = FileParts.of(parts);
        FileViews.DocumentView d = files.add(employeeId, new FileViews.NewDocument(integer(p.field("section")),
                p.field("type"), Params.date(p.field("date"), "invalid.date"), p.field("title"), p.field("description"),
                origin(p.field("origin"))), p.file, p.fileName);
        return Response.status(Response.Status.CREATED).entity(d).build();
    }

    @GET
    @Path("access-log")
    @Operation(summary = "Who read the file, when (HR of the employer, or the agent)")
    public List<FileViews.AccessView> accessLog(@PathParam("employeeId") Long employeeId) {
        return files.accessLogOf(employeeId);
    }

    @GET
    @Path("export")
    @Produces("application/zip")
    @Operation(summary = "The whole file as a ZIP with an index PDF")
    public Response export(@PathParam("employeeId") Long employeeId) {
        return Downloads.of(files.export(employeeId), false);
    }

    static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid.section");
        }
    }

    static DocumentOrigin origin(String s) {
        if (s == null) {
            return null;
        }
        try {
            return DocumentOrigin.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid.origin");
        }
    }
}
