/** The demo organisation, loaded only in demo mode (HR_DEMO=true, the default of the run command). */
package org.hrdemat.demo;
