/** Rules and readers of the identity feature that need no container (password policy, XLSX import parsing). */
package org.hrdemat.identity.control;
