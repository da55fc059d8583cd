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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.personnelfile.boundary.FileViews;
import org.hrdemat.personnelfile.boundary.RetentionReview;

/** HR review of the documents whose active retention is over: archive (SEDA package) or destroy. */
@Path("/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "personnel files")
public class RetentionResource {

    @EJB
    RetentionReview review;

    @EJB
    Callers callers;

    /** The documents a decision applies to. */
    public static class Selection {
        public List<Long> documentIds;
    }

    /** How many documents the check found due. */
    public record Checked(int marked) {
    }

    @GET
    @Path("due")
    @Operation(summary = "Documents whose retention is over, waiting for an HR decision")
    public List<FileViews.DueView> due(@QueryParam("employer") Long employer) {
        return review.due(employer(employer));
    }

    @POST
    @Path("check")
    @Operation(summary = "Runs the nightly retention check now for the employer")
    public Checked check(@QueryParam("employer") Long employer) {
        return new Checked(review.checkNow(employer(employer)));
    }

    @POST
    @Path("archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Archives the selected due documents: one SEDA 2.2 transfer package ({documentIds})")
    public FileViews.DecisionView archive(Selection s, @QueryParam("employer") Long employer) {
        return review.archive(employer(employer), s == null ? null : s.documentIds);
    }

    @POST
    @Path("destroy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Destroys the selected due documents, with an elimination record ({documentIds})")
    public FileViews.DecisionView destroy(Selection s, @QueryParam("employer") Long employer) {
        return review.destroy(employer(employer), s == null ? null : s.documentIds);
    }

    @GET
    @Path("decisions")
    public List<FileViews.DecisionView> decisions(@QueryParam("employer") Long employer) {
        return review.decisions(employer(employer));
    }

    @GET
    @Path("decisions/{id}/record")
    @Produces({"application/zip", "application/pdf"})
    @Operation(summary = "The decision's record: the SEDA package (ZIP) or the elimination record (PDF)")
    public Response record(@PathParam("id") Long id) {
        return Downloads.of(review.record(id), false);
    }

    private Long employer(Long given) {
        return given != null ? given : callers.current().defaultEmployerId();
    }
}
