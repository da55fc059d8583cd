/** Identity and organisation: employers (collectivités), org units, employees (agents) and user accounts. */
package org.hrdemat.identity;
