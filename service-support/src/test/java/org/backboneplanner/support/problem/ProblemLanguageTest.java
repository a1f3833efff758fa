package org.backboneplanner.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Which language a problem is written in, and how its sentences are filled in. */
class ProblemLanguageTest {

    private final ProblemMessages messages = ProblemMessages.shared();

    @Test
    void frenchUnlessTheCallerAsksForEnglish() {
        assertThat(ProblemMessages.language(null)).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.language("")).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.language("de-CH")).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.language("*")).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.language("not a ; language ;; q=x")).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.language("fr-CA")).isEqualTo(Locale.FRENCH);
        assertThat(ProblemMessages.language("en-US")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.language("de, en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemMessages.language("en;q=0.4, fr;q=0.8")).isEqualTo(Locale.FRENCH);
    }

    @Test
    void numbersShowAsTypedAndQuotesAsWritten() {
        assertThat(messages.text("too-large.body", Locale.ENGLISH, 262144L))
                .isEqualTo("The request body is larger than 262144 bytes.");
        assertThat(messages.text("too-large.body", Locale.FRENCH, 262144L))
                .isEqualTo("Le corps de la requête dépasse 262144 octets.");
        assertThat(messages.text("version-required.star", Locale.ENGLISH)).contains("'*' would overwrite");
        assertThat(messages.text("field.invalid-value.shown", List.of("x{0}'"), Locale.ENGLISH))
                .isEqualTo("invalid value 'x{0}''");
    }

    @Test
    void datesReadAsPeopleWriteThemInEachLanguage() {
        ProblemMessages worded = new ProblemMessages("test-dates");
        assertThat(worded.text("between", Locale.FRENCH, java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2033, 12, 31)))
                .isEqualTo("entre le 1 janvier 2021 et le 31 décembre 2033");
        assertThat(worded.text("between", Locale.ENGLISH, java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2033, 12, 31)))
                .isEqualTo("between January 1, 2021 and December 31, 2033");
    }

    @Test
    void frenchCountsOneAndMany() {
        assertThat(messages.text("invalid-input.fields", Locale.FRENCH, 1, "a")).isEqualTo("Un champ est invalide : a.");
        assertThat(messages.text("invalid-input.fields", Locale.FRENCH, 1200, "a"))
                .isEqualTo("1200 champs sont invalides : a.");
        assertThat(messages.text("invalid-input.fields", Locale.ENGLISH, 2, "a; b")).isEqualTo("2 fields are invalid: a; b.");
    }

    @Test
    void aCodeWithoutATitleOfItsOwnTakesItsStatussTitle() {
        assertThat(messages.title("no-such-code", 404, Locale.FRENCH)).isEqualTo("Introuvable");
        assertThat(messages.title("stale-version", 412, Locale.ENGLISH)).isEqualTo("Changed since you read it");
    }
}
