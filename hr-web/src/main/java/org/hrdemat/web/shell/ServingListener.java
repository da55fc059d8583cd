package org.hrdemat.web.shell;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.hrdemat.platform.SchemaMigrator;
import org.hrdemat.readiness.Serving;

/** Tells readiness when the pages are open: after the web module has started, until it begins to stop. */
@WebListener
public class ServingListener implements ServletContextListener {

    @Inject
    Serving serving;

    /** Started before this module (EJB modules start before web modules); its schema is migrated. */
    @EJB
    SchemaMigrator migrator;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        serving.opened(migrator.schemaVersion());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        serving.closing();
    }
}
