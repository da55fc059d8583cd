/** Templates: their declared fields, validation of the values, filling and rendering. */
package org.hrdemat.contract.control;
