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

/** The contract templates and the fields each declares. */
@Path("/contract-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts")
public class ContractTemplatesResource {

    @EJB
    Contracts contracts;

    @GET
    @Operation(summary = "[{id, name, version, fields: [{name, type: text|date|number, required, label, defaultValue}]}]")
    public List<ContractViews.TemplateView> list() {
        return contracts.templates();
    }
}
