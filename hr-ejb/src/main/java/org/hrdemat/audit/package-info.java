/** Tamper-evident audit log: append-only events chained by SHA-256, with a verification of the whole chain. */
package org.hrdemat.audit;
