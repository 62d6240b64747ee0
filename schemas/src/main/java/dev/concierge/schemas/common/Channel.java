package dev.concierge.schemas.common;

/** Ways a notification can reach a person. */
public enum Channel {
    WHATSAPP, SMS, EMAIL, PUSH, IN_APP
}
