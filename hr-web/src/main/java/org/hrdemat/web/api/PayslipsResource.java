package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.payslip.boundary.Payslips;

/** A payslip's sealed PDF (its agent, or HR of the employer; others 404). */
@Path("/payslips")
@RequestScoped
@Tag(name = "payslips")
public class PayslipsResource {

    @EJB
    Payslips payslips;

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The sealed PDF; every download is audited; never cached")
    public Response pdf(@PathParam("id") Long id, @jakarta.ws.rs.QueryParam("inline") boolean inline) {
        Payslips.Download d = payslips.pdf(id);
        return Downloads.of(d.fileName(), "application/pdf", d.pdf(), inline);
    }

    @jakarta.ws.rs.POST
    @Path("verify")
    @jakarta.ws.rs.Consumes({"application/pdf", jakarta.ws.rs.core.MediaType.APPLICATION_OCTET_STREAM,
        jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA})
    @Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Operation(summary = "Public: is this PDF an unmodified payslip of this installation? (initials and period only)")
    public Payslips.Verification verify(java.io.InputStream body,
                                        @jakarta.ws.rs.HeaderParam("Content-Type") String contentType)
            throws java.io.IOException {
        byte[] content = body.readNBytes(org.hrdemat.shared.Limits.DOCUMENT_BYTES.intValue() + 1);
        if (content.length > org.hrdemat.shared.Limits.DOCUMENT_BYTES.value()) {
            throw new org.hrdemat.shared.TooLargeException(org.hrdemat.shared.Limits.DOCUMENT_BYTES, "upload.tooLarge");
        }
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            content = MultipartFile.firstFile(content, contentType);
        }
        return payslips.verify(content);
    }
}
