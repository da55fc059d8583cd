package org.hrdemat.personnelfile.entity;

/** A scanned copy of a paper document, or a document born electronic. */
public enum DocumentOrigin {
    SCAN, NATIVE
}
