package org.hrdemat.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces 4 with CDI. */
@FacesConfig
@ApplicationScoped
public class FacesSetup {
}
