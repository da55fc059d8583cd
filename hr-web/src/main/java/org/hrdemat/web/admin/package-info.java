/** Administration pages: employers, org units, accounts and the audit log. */
package org.hrdemat.web.admin;
