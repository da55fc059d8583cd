package org.hrdemat.identity.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.shared.AccessDeniedException;

/** Who is calling a boundary: the account, its roles, its agent record and the employers it may act for. */
public record Caller(Long accountId, String login, String name, Set<Role> roles, Long employeeId,
                     Set<Long> employerIds, Long defaultEmployerId) implements Serializable {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Refuses (403) a caller without any of the roles. */
    public void requireAnyRole(Role... wanted) {
        if (!hasAnyRole(wanted)) {
            throw new AccessDeniedException();
        }
    }

    public boolean mayActFor(Long employerId) {
        return employerId != null && employerIds.contains(employerId);
    }
}
