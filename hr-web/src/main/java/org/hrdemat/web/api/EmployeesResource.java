package org.hrdemat.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hrdemat.identity.boundary.Callers;
import org.hrdemat.identity.boundary.EmployeeView;
import org.hrdemat.identity.boundary.Employees;

/** Agents of the caller's current employer (HR and ADMIN). */
@Path("/employees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "employees")
public class EmployeesResource {

    /** An agent as the API shows it. */
    public record EmployeeJson(Long id, Long employerId, String matricule, String lastName, String firstName,
                               LocalDate birthDate, String email, String status, LocalDate hireDate,
                               Long orgUnitId, String orgUnit, Set<DayOfWeek> workDays, int quotite,
                               boolean paperPayslip, boolean active, List<String> managers) {

        static EmployeeJson of(EmployeeView v) {
            return new EmployeeJson(v.id(), v.employerId(), v.matricule(), v.lastName(), v.firstName(),
                    v.birthDate(), v.email(), v.status().name(), v.hireDate(), v.orgUnitId(), v.orgUnitPath(),
                    v.workDays(), v.quotite(), v.paperPayslip(), v.active(), v.managers());
        }
    }

    @EJB
    Employees employees;

    @EJB
    Callers callers;

    @GET
    @Operation(summary = "Agents of the current employer (or of ?employer= among the caller's employers)")
    public List<EmployeeJson> list(@QueryParam("employer") Long employerId) {
        Long employer = employerId != null ? employerId : callers.current().defaultEmployerId();
        return employees.list(employer).stream().map(EmployeeJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agent; 404 when it belongs to an employer the caller may not act for")
    public EmployeeJson find(@PathParam("id") Long id) {
        return EmployeeJson.of(employees.find(id));
    }

    @jakarta.ws.rs.POST
    @Path("{id}/deactivate")
    @Operation(summary = "HR: the agent left (cessation de fonctions); the personnel file becomes read-only")
    public jakarta.ws.rs.core.Response deactivate(@PathParam("id") Long id) {
        employees.setActive(id, false);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @jakarta.ws.rs.POST
    @Path("{id}/activate")
    @Operation(summary = "HR: the agent is back in service; the personnel file is open again")
    public jakarta.ws.rs.core.Response activate(@PathParam("id") Long id) {
        employees.setActive(id, true);
        return jakarta.ws.rs.core.Response.noContent().build();
    }
}
