package org.backboneplanner.worksheet.exports;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A downloaded file's name, from the initiative's name: {@code Content-Disposition} with a plain ASCII
 * {@code filename} every client reads (accents taken off, anything unsafe in a file name or a quoted header
 * replaced) and the exact name in {@code filename*} (RFC 6266 with RFC 5987's UTF-8 encoding), which browsers prefer.
 */
final class DownloadName {

    private static final int LONGEST = 120;
    /** RFC 5987's attr-char: what {@code filename*} may hold unencoded. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private DownloadName() {
    }

    static String attachment(String name) {
        String exact = exact(name);
        return "attachment; filename=\"" + ascii(exact) + "\"; filename*=UTF-8''" + encoded(exact);
    }

    /** The name as people wrote it, without what no file system takes (separators, control characters). */
    static String exact(String name) {
        String cleaned = name.replaceAll("[\\p{Cc}\\p{Cf}/\\\\:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
        return cleaned.length() > LONGEST ? cleaned.substring(0, LONGEST).strip() : cleaned;
    }

    static String ascii(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('–', '-').replace('—', '-').replace('’', '\'');
        String safe = folded.replaceAll("[^A-Za-z0-9 ._'()\\-]+", "_").replaceAll("_+", "_").strip();
        return safe.isEmpty() || safe.matches("[._ ]*") ? "worksheet" : safe;
    }

    static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
