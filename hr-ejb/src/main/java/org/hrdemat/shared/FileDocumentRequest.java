package org.hrdemat.shared;

import java.time.LocalDate;

/**
 * A CDI event: another feature asks for a document to be filed in an agent's personnel file (a signed contract in
 * section 2, a leave decision in section 6). The feature that fires it has authorised its own caller; the
 * personnel file files the document in the same transaction, numbered like any other.
 *
 * @param sectionCode the section of the nomenclature (2 carrière, 6 absences…)
 * @param typeCode    the document type of the nomenclature (CONTRAT, CONGE…)
 * @param actor       the login of who caused the filing, for the document's history and the audit log
 */
public record FileDocumentRequest(Long employeeId, int sectionCode, String typeCode, String title, LocalDate date,
                                  byte[] pdf, String actor) {
}
