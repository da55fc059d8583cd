package org.hrdemat.identity.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.hrdemat.identity.entity.Role;
import org.hrdemat.identity.entity.UserAccount;

/** A read-only copy of an account (never its password hash). */
public record AccountView(Long id, String login, String name, String displayName, Set<Role> roles, Long employeeId,
                          String employeeMatricule, Set<Long> employerIds, boolean signatory, boolean active,
                          boolean slowedDown, Instant lastLoginAt, long version) implements Serializable {

    /** {@code slowedDown}: failed logins currently slow down the attempts at this login from some address. */
    static AccountView of(UserAccount a, boolean slowedDown) {
        return new AccountView(a.getId(), a.getLogin(), a.name(), a.getDisplayName(), Set.copyOf(a.getRoles()),
                a.getEmployee() == null ? null : a.getEmployee().getId(),
                a.getEmployee() == null ? null : a.getEmployee().getMatricule(), new java.util.TreeSet<>(a.employerIds()), a.isSignatory(),
                a.isActive(), slowedDown, a.getLastLoginAt(), a.getVersion());
    }
}
