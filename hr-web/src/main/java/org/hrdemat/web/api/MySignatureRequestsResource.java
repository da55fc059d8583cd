package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.contract.boundary.ContractViews;
import org.hrdemat.contract.boundary.Signatures;

/** The requests the caller signs or signed. */
@Path("/me/signature-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts")
public class MySignatureRequestsResource {

    @EJB
    Signatures signatures;

    @GET
    @Operation(summary = "Requests where the caller is a signer, newest first; myTurn says which await them")
    public List<ContractViews.RequestView> mine() {
        return signatures.mine();
    }
}
