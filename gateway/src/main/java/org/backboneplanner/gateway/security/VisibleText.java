package org.backboneplanner.gateway.security;

/**
 * The rule of Spring Security's strict firewall for header names and values (every code point assigned and
 * not a control character; a value may hold tabs), checked character by character: printable ASCII, all
 * that a header usually holds, is decided at once.
 */
final class VisibleText {

    private VisibleText() {
    }

    static boolean headerName(String name) {
        return allowed(name, false);
    }

    static boolean headerValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tab) {
        if (text == null) {
            return true; // a header asked for and absent, as Spring's own check has it
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\t' && tab) {
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint) - 1;
        }
        return true;
    }
}
