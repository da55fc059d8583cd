/** Documents: the content-addressed store (SHA-256) and the PDF toolkit (PDF/A, splitting, PAdES seals). */
package org.hrdemat.document;
