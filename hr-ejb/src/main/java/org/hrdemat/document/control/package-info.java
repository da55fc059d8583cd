/** Document store and PDF operations that need no container. */
package org.hrdemat.document.control;
