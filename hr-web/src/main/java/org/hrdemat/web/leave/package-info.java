/** Leave pages: the agent's balances and requests, approvals, delegation, team calendar, HR overview. */
package org.hrdemat.web.leave;
