/** Entry points of the identity feature; every method authorises its caller. */
package org.hrdemat.identity.boundary;
