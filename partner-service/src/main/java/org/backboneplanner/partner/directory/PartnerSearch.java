package org.backboneplanner.partner.directory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ranks partners for a query, since the directory cannot rely on MongoDB's text index. Every word of
 * the query must start a word somewhere; a match on the name outranks one on sectors, territory or
 * contacts; an exact name outranks a name that starts with the query, which outranks any other name
 * match.
 */
final class PartnerSearch {

    private final String folded;
    private final List<String> words;

    PartnerSearch(String query) {
        this.folded = SearchText.fold(query);
        this.words = folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    List<String> words() {
        return words;
    }

    /** A regex matching a word that starts with {@code word}. */
    static String wordPrefix(String word) {
        return "(^|\\s)" + Pattern.quote(word);
    }

    int score(Partner partner) {
        String name = partner.nameKey();
        String other = partner.searchOther() == null ? "" : partner.searchOther();
        int score = 0;
        for (String word : words) {
            Pattern prefix = Pattern.compile(wordPrefix(word));
            if (prefix.matcher(name).find()) {
                score += 20;
            } else if (prefix.matcher(other).find()) {
                score += 5;
            } else {
                return 0;
            }
        }
        if (name.equals(folded)) {
            score += 100;
        } else if (name.startsWith(folded)) {
            score += 40;
        }
        return score;
    }

    Comparator<Partner> byRelevance() {
        return Comparator.comparingInt(this::score).reversed().thenComparing(Partner::nameKey);
    }
}
