package org.backboneplanner.support.text;

/**
 * What text the system takes: any Unicode letter, sign or space, line breaks and tabs, but no other
 * control character (C0, DEL, C1), no lone surrogate, no non-character, and none of the bidirectional
 * embedding, override or isolate controls (which make a name read differently from what it is). Such
 * characters do nothing for a reader, and break what text later flows into: mail headers, iCalendar
 * lines, CSV cells, PDFs, or an event six times its size once JSON escapes them.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The first character the rules refuse, or -1 when the text is acceptable. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return codePoint;
                }
                i++;
            } else if (refused(c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean refused(char c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return false;
        }
        return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                || (c >= '\uFDD0' && c <= '\uFDEF') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Line breaks as one character: CRLF and a lone CR become LF, so no bare CR travels further. */
    public static String normalizeLineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether the text fits on one line: no line break and no tab. */
    public static boolean oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0;
    }

    /** How a refused character is named to the person who sent it, e.g. {@code U+0001}. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
