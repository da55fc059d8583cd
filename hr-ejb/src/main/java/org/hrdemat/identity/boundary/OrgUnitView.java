package org.hrdemat.identity.boundary;

import java.io.Serializable;
import java.util.List;
import org.hrdemat.identity.entity.OrgUnit;

/** A read-only copy of an org unit with its managers. */
public record OrgUnitView(Long id, Long employerId, Long parentId, String name, String path, boolean active,
                          List<Long> managerIds, List<String> managerNames, long version) implements Serializable {

    static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(u.getId(), u.getEmployer().getId(), u.getParent() == null ? null : u.getParent().getId(),
                u.getName(), u.path(), u.isActive(),
                u.getManagers().stream().map(m -> m.getId()).toList(),
                u.getManagers().stream().map(m -> m.fullName()).toList(), u.getVersion());
    }
}
