/**
 * Personnel files (dossier individuel, décret 2011-675): one file per agent, documents classified by section and
 * numbered without gaps, never edited (a correction is a new version) and never silently deleted; access by role
 * and section, every read in the access log the agent sees; retention review with SEDA archival export.
 */
package org.hrdemat.personnelfile;
