package com.complianceportal.i18n;

/**
 * Display names of the portal's own vocabularies (roles, user states, severities, audit actions...), one key per
 * constant: {@code enum.<EnumType>.<CONSTANT>}. Values that come from vendor data are shown as sent, never through here.
 */
public final class Labels {

    private Labels() {
    }

    /** The key of a constant's display name, e.g. {@code enum.Role.ADMIN}. */
    public static String key(Enum<?> constant) {
        return "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    }

    /** The constant's display name in the current tab's language. */
    public static String label(Enum<?> constant) {
        return Texts.t(key(constant));
    }
}
