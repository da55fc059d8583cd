/** Texts in French (default) and English for pages, messages and API errors. */
package org.hrdemat.web.i18n;
