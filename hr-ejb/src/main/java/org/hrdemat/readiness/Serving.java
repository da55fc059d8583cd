package org.hrdemat.readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the application's pages are open: the web module says so once it has started (after the schema migration
 * and the start-up beans, since it depends on them) and says it no longer is as soon as it begins to stop, so that
 * readiness turns DOWN before the pages go away.
 */
@ApplicationScoped
public class Serving {

    private volatile String schemaVersion;

    /** Whether the pages are open. */
    public boolean open() {
        return schemaVersion != null;
    }

    /** The schema version the open pages run on, null while they are not open. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The web module has started on a schema migrated to this version. */
    public void opened(String migratedTo) {
        schemaVersion = migratedTo == null ? "none" : migratedTo;
    }

    /** The web module is stopping. */
    public void closing() {
        schemaVersion = null;
    }
}
