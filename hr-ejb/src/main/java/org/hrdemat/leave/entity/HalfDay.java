package org.hrdemat.leave.entity;

/** Which half of a day a leave starts or ends on: AM (morning) or PM (afternoon). */
public enum HalfDay {
    AM, PM
}
