/** Leave under the fonction publique territoriale rules: holidays, working days, balances, requests, approvals. */
package org.hrdemat.leave;
