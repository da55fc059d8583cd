package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.Caller;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.boundary.EmployeeView;
import org.hrdemat.identity.boundary.EmployerView;
import org.hrdemat.identity.boundary.Employees;
import org.hrdemat.identity.boundary.Employers;

/** The authenticated caller: login, roles, agent record and employers. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public class MeResource {

    /** An employer as the API shows it. */
    public record EmployerRef(Long id, String name) {
    }

    /** The caller as the API shows it. */
    public record Me(String login, String name, Set<String> roles, Long employeeId, String matricule,
                     EmployerRef employer, List<EmployerRef> employers) {
    }

    @EJB
    Callers callers;

    @EJB
    Employees employees;

    @EJB
    Employers employers;

    @GET
    @Operation(summary = "Who am I: login, roles, employee id, matricule and employer")
    public Me me() {
        Caller caller = callers.current();
        EmployeeView own = employees.mine();
        List<EmployerRef> mine = employers.mine().stream().map(e -> new EmployerRef(e.id(), e.name())).toList();
        EmployerRef current = mine.stream().filter(e -> e.id().equals(caller.defaultEmployerId())).findFirst()
                .orElse(null);
        return new Me(caller.login(), caller.name(),
                caller.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                own == null ? null : own.id(), own == null ? null : own.matricule(), current, mine);
    }

    static EmployerRef ref(EmployerView e) {
        return new EmployerRef(e.id(), e.name());
    }
}
