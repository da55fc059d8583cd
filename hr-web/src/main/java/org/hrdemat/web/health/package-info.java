/** MicroProfile Health checks of the application (served by WildFly at /health/ready). */
package org.hrdemat.web.health;
