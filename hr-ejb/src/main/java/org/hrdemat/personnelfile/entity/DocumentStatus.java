package org.hrdemat.personnelfile.entity;

/** Where a document stands: in the file, withdrawn by HR (with its reason), archived or destroyed after review. */
public enum DocumentStatus {
    ACTIVE, WITHDRAWN, ARCHIVED, DESTROYED
}
