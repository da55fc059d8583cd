/** The employers' sealing keys, kept wrapped by the installation's master key. */
package org.hrdemat.document.entity;
