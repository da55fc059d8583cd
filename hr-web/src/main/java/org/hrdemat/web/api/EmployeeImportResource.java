package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.boundary.EmployeeImport;
import org.hrdemat.identity.boundary.ImportReport;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.web.i18n.Texts;

/** Import of agents from an XLSX workbook sent as the request body (HR and ADMIN). */
@Path("/employees/import")
@RequestScoped
@Tag(name = "employees")
public class EmployeeImportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One problem of a refused file, with its sentence in the caller's language. */
    public record ProblemJson(int row, String cell, String key, String message, String value) {
    }

    /** The import report as the API shows it. */
    public record ReportJson(String message, String key, boolean applied, int created, int updated,
                             List<ImportReport.Line> lines, List<ProblemJson> problems) {
    }

    @EJB
    EmployeeImport importer;

    @EJB
    Callers callers;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports agents; 200 with the per-row report, or 400 with every wrong cell (nothing changed)")
    public Response importXlsx(InputStream body, @QueryParam("employer") Long employerId,
                               @QueryParam("fileName") String fileName) throws IOException {
        byte[] content = body.readNBytes(EmployeeImport.MAX_BYTES + 1);
        if (content.length > EmployeeImport.MAX_BYTES) {
            throw new org.hrdemat.shared.TooLargeException(org.hrdemat.shared.Limits.IMPORT_BYTES, "upload.tooLarge");
        }
        Long employer = employerId != null ? employerId : callers.current().defaultEmployerId();
        ImportReport report = importer.importXlsx(employer, content, fileName == null ? "api-upload.xlsx" : fileName);
        Locale locale = ApiLocale.of(headers);
        String key = report.applied() ? "import.applied" : "import.rejected";
        ReportJson json = new ReportJson(Texts.get(locale, key, report.created(), report.updated()), key,
                report.applied(), report.created(), report.updated(), report.lines(),
                report.problems().stream().map(p -> new ProblemJson(p.row(), p.cell(), p.messageKey(),
                        Texts.get(locale, p.messageKey(), p.value()), p.value())).toList());
        return Response.status(report.applied() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(json).build();
    }
}
