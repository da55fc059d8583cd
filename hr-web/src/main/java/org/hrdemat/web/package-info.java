/** Web tier: Faces pages, the JSON API and the authentication mechanism; every rule is delegated to hr-ejb. */
package org.hrdemat.web;
