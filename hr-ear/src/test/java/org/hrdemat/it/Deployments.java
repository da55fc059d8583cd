package org.hrdemat.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployments the tests share: the application EAR exactly as the build packaged it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        String path = System.getProperty("hr.ear", "target/hr.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }
}
