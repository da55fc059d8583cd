/** Leave rules that need no container: public holidays, working-day counting, allocations, fractionnement. */
package org.hrdemat.leave.control;
