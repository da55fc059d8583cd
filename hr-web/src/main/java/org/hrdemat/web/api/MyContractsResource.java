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
import org.hrdemat.contract.boundary.Contracts;

/** The caller's contracts, once sent for signature. */
@Path("/me/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts")
public class MyContractsResource {

    @EJB
    Contracts contracts;

    @GET
    @Operation(summary = "The caller's contracts (not drafts), newest first")
    public List<ContractViews.ContractView> mine() {
        return contracts.mine();
    }
}
