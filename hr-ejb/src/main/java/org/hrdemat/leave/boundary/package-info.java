/** Entry points of the leave feature; each method authorises its caller. */
package org.hrdemat.leave.boundary;
