package org.hrdemat.identity.boundary;

import java.io.Serializable;
import java.util.Set;
import org.hrdemat.identity.entity.Role;

/** The editable fields of an account; a null password keeps the current one. */
public record AccountData(String login, String displayName, Set<Role> roles, Long employeeId, Set<Long> employerIds,
                          boolean signatory, String password) implements Serializable {
}
