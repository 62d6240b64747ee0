package dev.concierge.notifications.templates;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Twilio Content SID of each approved WhatsApp template, configured as
 * {@code concierge.whatsapp.content-sids."<template id>.<language>"}. On the dev stack and in tests
 * an unconfigured one gets a made-up but stable SID (the local Twilio fake accepts any); in
 * production it has none, and a WhatsApp outside the 24-hour window cannot be sent.
 */
final class ContentSids {

    static final String PROPERTY_PREFIX = "concierge.whatsapp.content-sids.";

    private final Function<String, Optional<String>> configured;
    private final boolean devDefaults;

    /** @param configured looks up a whole property name, e.g. {@code concierge.whatsapp.content-sids."auth.otp.en"} */
    ContentSids(Function<String, Optional<String>> configured, boolean devDefaults) {
        this.configured = configured;
        this.devDefaults = devDefaults;
    }

    static String propertyName(String templateId, String language) {
        return PROPERTY_PREFIX + "\"" + templateId + "." + language + "\"";
    }

    Optional<String> sidFor(String templateId, String language) {
        Optional<String> sid = configured.apply(propertyName(templateId, language)).filter(s -> !s.isBlank());
        if (sid.isPresent() || !devDefaults) {
            return sid;
        }
        return Optional.of(devDefault(templateId, language));
    }

    /** "HX" and 32 hex digits, like a real Content SID, derived from the template and language. */
    static String devDefault(String templateId, String language) {
        UUID stable = UUID.nameUUIDFromBytes(("concierge-dev-content-sid/" + templateId + "." + language)
                .getBytes(StandardCharsets.UTF_8));
        return "HX" + stable.toString().replace("-", "");
    }
}
