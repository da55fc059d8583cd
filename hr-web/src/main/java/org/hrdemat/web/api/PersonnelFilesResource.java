package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.Nomenclature;
import org.hrdemat.personnelfile.boundary.PersonnelFiles;
import org.hrdemat.personnelfile.entity.FinalAction;
import org.hrdemat.personnelfile.entity.RetentionAnchor;

/** HR search over the employer's files, and the nomenclature (ADMIN extends it and opens sections to managers). */
@Path("/personnel-files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "personnel files")
public class PersonnelFilesResource {

    @EJB
    PersonnelFiles files;

    @EJB
    Nomenclature nomenclature;

    @EJB
    Callers callers;

    /** A new section. */
    public static class SectionBody {
        @jakarta.validation.constraints.Size(max = 120)
        public String name;
        public boolean restricted;
    }

    /** A new document type and its retention rule. */
    public static class TypeBody {
        public int section;
        @jakarta.validation.constraints.Size(max = 40)
        public String code;
        @jakarta.validation.constraints.Size(max = 120)
        public String name;
        public RetentionAnchor anchor;
        public Integer years;
        public FinalAction finalAction;
    }

    /** Whether the employer's managers may read a section. */
    public static class GrantBody {
        public boolean granted;
    }

    @GET
    @Operation(summary = "HR search: agents by name or matricule (q); with section, type, from, to: their documents")
    public List<FileViews.Hit> search(@QueryParam("q") String q, @QueryParam("section") Integer section,
                                      @QueryParam("type") String type, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("employer") Long employer) {
        return files.search(employer(employer), new FileViews.Criteria(q, section, type,
                Params.date(from, "invalid.date"), Params.date(to, "invalid.date")));
    }

    @GET
    @Path("sections")
    @Operation(summary = "The sections of the nomenclature, and whether the employer's managers may read each")
    public List<FileViews.SectionInfo> sections(@QueryParam("employer") Long employer) {
        return nomenclature.sections(employer(employer));
    }

    @POST
    @Path("sections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "ADMIN adds a section ({name, restricted})")
    public Response addSection(SectionBody body) {
        return Response.status(Response.Status.CREATED).entity(nomenclature.addSection(body == null ? null : body.name,
                body != null && body.restricted)).build();
    }

    @PUT
    @Path("sections/{id}/managers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "ADMIN opens or closes a section to the employer's managers ({granted})")
    public Response grant(@PathParam("id") Long id, GrantBody body, @QueryParam("employer") Long employer) {
        nomenclature.grantToManagers(employer(employer), id, body != null && body.granted);
        return Response.noContent().build();
    }

    @GET
    @Path("types")
    @Operation(summary = "The document types with their section and retention rule")
    public List<FileViews.TypeView> types() {
        return nomenclature.types();
    }

    @POST
    @Path("types")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "ADMIN adds a document type ({section, code, name, anchor, years, finalAction})")
    public Response addType(TypeBody b) {
        if (b == null) {
            throw new org.hrdemat.shared.InvalidInputException("invalid.code");
        }
        return Response.status(Response.Status.CREATED).entity(nomenclature.addType(b.section, b.code, b.name,
                b.anchor, b.years, b.finalAction)).build();
    }

    private Long employer(Long given) {
        return given != null ? given : callers.current().defaultEmployerId();
    }
}
