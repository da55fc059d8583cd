package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.leave.boundary.LeaveExport;

/** HR export of the leave of a period as XLSX. */
@Path("/leave-export")
@RequestScoped
@Tag(name = "leave")
public class LeaveExportResource {

    @EJB
    LeaveExport export;

    @EJB
    Callers callers;

    @GET
    @Operation(summary = "Leave requests of the period (?from=&to=, ISO dates) as an XLSX workbook; HR and ADMIN")
    public Response xlsx(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("employer") Long employerId) {
        Long employer = employerId != null ? employerId : callers.current().defaultEmployerId();
        byte[] content = export.xlsx(employer, LeaveApi.date(from), LeaveApi.date(to));
        return Downloads.of("conges-" + from + "-" + to + ".xlsx", EmployeeImportResource.XLSX, content, false);
    }
}
