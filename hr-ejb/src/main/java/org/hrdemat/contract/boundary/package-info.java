/** Contract operations: authorisation, transactions, audit. */
package org.hrdemat.contract.boundary;
