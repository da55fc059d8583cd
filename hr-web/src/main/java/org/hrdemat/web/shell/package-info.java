/** What every page shares: the session (language, current employer), login and logout, messages. */
package org.hrdemat.web.shell;
