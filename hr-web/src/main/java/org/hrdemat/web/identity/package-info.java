/** Pages of the identity feature: home, agents, import, employers, org units, accounts, password. */
package org.hrdemat.web.identity;
