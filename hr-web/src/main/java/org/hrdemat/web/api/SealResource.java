package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.document.boundary.Seals;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.shared.NotFoundException;

/** The employer's sealing certificate: read (HR, ADMIN), install a PKCS#12 (ADMIN), a sealed sample PDF (ADMIN). */
@Path("/employers/{id}/seal")
@RequestScoped
@Tag(name = "employers")
public class SealResource {

    /** A PKCS#12 file (base64) and its password, used once and never stored. */
    public static class SealBody {
        public String pkcs12;
        @jakarta.validation.constraints.Size(max = 200)
        public String password;
    }

    @EJB
    Seals seals;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Seals.SealView current(@PathParam("id") Long employerId) {
        Seals.SealView v = seals.current(employerId);
        if (v == null) {
            throw new NotFoundException();
        }
        return v;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Installs the employer's seal from a PKCS#12 (base64) and its password; 400 if unreadable")
    public Seals.SealView install(@PathParam("id") Long employerId, SealBody body) {
        if (body == null || body.pkcs12 == null) {
            throw new InvalidInputException("seal.unreadable");
        }
        byte[] file;
        try {
            file = Base64.getMimeDecoder().decode(body.pkcs12);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("seal.unreadable");
        }
        return seals.install(employerId, file, body.password);
    }

    @GET
    @Path("sample.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A one-page PDF/A sealed with the current seal, to check it in any PDF reader")
    public Response sample(@PathParam("id") Long employerId) {
        return Downloads.of("test-cachet.pdf", "application/pdf", seals.sample(employerId), true);
    }
}
