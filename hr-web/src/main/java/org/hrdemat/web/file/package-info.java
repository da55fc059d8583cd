/** Personnel-file pages: an agent's file (HR, the agent, a granted manager), HR search and retention review, the nomenclature. */
package org.hrdemat.web.file;
