/** Generated contracts. */
package org.hrdemat.contract.entity;
