/** The nomenclature, files, documents and their versions, the access log and the retention decisions. */
package org.hrdemat.personnelfile.entity;
