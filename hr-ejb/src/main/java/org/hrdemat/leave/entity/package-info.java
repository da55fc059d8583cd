/** Leave types, allocations, requests with their history, and delegations. */
package org.hrdemat.leave.entity;
