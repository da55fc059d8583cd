/** Contract pages: generation from templates (HR). */
package org.hrdemat.web.contract;
