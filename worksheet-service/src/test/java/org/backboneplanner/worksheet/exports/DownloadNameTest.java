package org.backboneplanner.worksheet.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names from initiative names: plain ASCII for every client, the exact name for those that read RFC 5987. */
class DownloadNameTest {

    @Test
    void accentsAreTakenOffTheAsciiNameAndKeptInTheUtf8One() {
        assertThat(DownloadName.attachment("Mobilisation Montérégie — fiche.pdf")).isEqualTo(
                "attachment; filename=\"Mobilisation Monteregie - fiche.pdf\"; "
                        + "filename*=UTF-8''Mobilisation%20Mont%C3%A9r%C3%A9gie%20%E2%80%94%20fiche.pdf");
    }

    @Test
    void quotesSlashesAndControlCharactersNeverReachTheHeader() {
        String header = DownloadName.attachment("a\"b/c\\d\r\ne\u0000f; g.csv");

        assertThat(header).startsWith("attachment; filename=\"a b c d e f_ g.csv\"; filename*=UTF-8''")
                .doesNotContain("\r").doesNotContain("\n").doesNotContain("/");
        assertThat(header.substring(header.indexOf("filename*="))).doesNotContain("\"").doesNotContain(";")
                .doesNotContain(" ");
    }

    @Test
    void aNameOfOtherScriptsStillGivesAnAsciiFileName() {
        assertThat(DownloadName.ascii(DownloadName.exact("日本"))).isEqualTo("worksheet");
    }
}
