/** Sealing documents with the employer's certificate, and managing that certificate (ADMIN). */
package org.hrdemat.document.boundary;
