/** Shared kernel: business exceptions, the clock and runtime settings used by every feature. */
package org.hrdemat.shared;
