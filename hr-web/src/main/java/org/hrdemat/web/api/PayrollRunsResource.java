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
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.payslip.boundary.PayrollRuns;
import org.hrdemat.payslip.boundary.RunView;
import org.hrdemat.shared.InvalidInputException;

/** Payroll runs (HR): import the bulk PDF of a period, follow the job, publish. */
@Path("/payroll-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payslips")
public class PayrollRunsResource {

    @EJB
    PayrollRuns runs;

    @EJB
    Callers callers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Imports the bulk PDF or the XLSX of payroll lines (multipart: period, file), starts the job")
    public Response create(List<EntityPart> parts, @QueryParam("employer") Long employerId) throws IOException {
        String period = null;
        java.nio.file.Path file = null;
        String name = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("period".equals(part.getName())) {
                period = FileParts.text(part);
            } else if ("file".equals(part.getName())) {
                name = part.getFileName().orElse("payroll.pdf");
                try (InputStream in = part.getContent()) {
                    // to disk as it comes; the import takes the file over (stores or removes it)
                    org.hrdemat.document.control.Uploads.delete(file);
                    file = org.hrdemat.document.control.Uploads.toFile(in, org.hrdemat.shared.Limits.PAYROLL_BYTES);
                }
            }
        }
        if (file == null) {
            throw new InvalidInputException("payroll.notPdf");
        }
        Long employer = employerId != null ? employerId : callers.current().defaultEmployerId();
        RunView created = runs.importFile(employer, period, file, name);
        RunView started = runs.start(created.id());
        return Response.status(Response.Status.CREATED).entity(started).build();
    }

    @GET
    public List<RunView> list(@QueryParam("employer") Long employerId) {
        return runs.ofEmployer(employerId != null ? employerId : callers.current().defaultEmployerId());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Status, progress, matched payslips, unknown matricules, agents without payslip")
    public RunView find(@PathParam("id") Long id) {
        return runs.find(id);
    }

    @GET
    @Path("{id}/payslips")
    @Operation(summary = "The run's payslips before or after publication: matricule, agent, PDF/A or original and why")
    public List<PayrollRuns.RunPayslip> payslips(@PathParam("id") Long id) {
        return runs.payslipsOf(id);
    }

    @POST
    @Path("{id}/publish")
    public RunView publish(@PathParam("id") Long id) {
        return runs.publish(id);
    }

    @POST
    @Path("{id}/stop")
    @Operation(summary = "Stops the job at its next checkpoint (restart resumes there)")
    public RunView stop(@PathParam("id") Long id) {
        return runs.stop(id);
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Restarts an interrupted run: only the missing payslips are produced")
    public RunView restart(@PathParam("id") Long id) {
        return runs.restart(id);
    }

    @GET
    @Path("{id}/paper.pdf")
    @Produces("application/pdf")
    @Operation(summary = "One print-ready PDF of the payslips of the agents who chose paper; 409 when none")
    public Response paper(@PathParam("id") Long id) {
        return Downloads.of("bulletins-papier-" + id + ".pdf", "application/pdf", runs.paperPdf(id), false);
    }
}
