/** JPA entities of the identity feature, with the rules that guard their state. */
package org.hrdemat.identity.entity;
