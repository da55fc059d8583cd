/**
 * Contracts and arrêtés generated from the HTML templates HR edits ({@code templates/contract/}), as PDF/A that
 * records the template version they came from; then signed electronically in order (contracts issue).
 */
package org.hrdemat.contract;
