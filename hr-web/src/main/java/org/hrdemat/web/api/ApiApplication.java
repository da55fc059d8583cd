package org.hrdemat.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API root; its OpenAPI description is served at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "HR Demat API", version = "1",
                description = "Payslips, leave, contracts and personnel files of French local public employers.",
                license = @License(name = "AGPL-3.0", url = "https://www.gnu.org/licenses/agpl-3.0.html")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
