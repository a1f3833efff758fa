package org.backboneplanner.partner.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as search compares it: lower case, accents folded ("Montérégie" finds "monteregie"), spaces
 * collapsed. Stored beside the original, so search works on MongoDB and the wire-protocol server alike.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", " ").strip();
    }
}
