package org.hrdemat.web.security;

import java.io.Serializable;
import java.util.Set;

/** The authenticated caller kept in the HTTP session after a login through the login page. */
record SessionCaller(String name, Set<String> groups) implements Serializable {
}
