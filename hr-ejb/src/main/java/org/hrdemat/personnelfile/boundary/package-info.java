/** The personnel-file operations: authorisation, transactions, audit. */
package org.hrdemat.personnelfile.boundary;
