package org.hrdemat.personnelfile.entity;

/** What a document type's retention period counts from. */
public enum RetentionAnchor {
    /** Years after the document's own date. */
    DOCUMENT_DATE,
    /** Until the agent reaches that age (the rule of the archives for individual files: 80). */
    AGE,
    /** Years after the agent left (cessation de fonctions); not due while the agent is in service. */
    DEPARTURE
}
