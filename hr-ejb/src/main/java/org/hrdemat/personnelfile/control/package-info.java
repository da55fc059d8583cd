/** Rules without state: content checks, forbidden content, retention dates, listings and the SEDA package. */
package org.hrdemat.personnelfile.control;
