package org.backboneplanner.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The firewall's header rule without a regular expression decides every character as Spring's own does. */
class VisibleTextTest {

    @Test
    void everyCodePointIsDecidedAsSpringsStrictFirewallDecidesIt() {
        List<String> differ = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            if (VisibleText.headerName(text) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(text)
                    || VisibleText.headerValue(text) != StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(text)) {
                differ.add(Integer.toHexString(codePoint));
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedAndATabOnlyInAValue() {
        assertThat(VisibleText.headerValue("Bearer eyJ.abc\u0000")).isFalse();
        assertThat(VisibleText.headerValue("a\r\nX-Injected: 1")).isFalse();
        assertThat(VisibleText.headerValue("a\u0085b")).isFalse();
        assertThat(VisibleText.headerValue("a\tb")).isTrue();
        assertThat(VisibleText.headerName("a\tb")).isFalse();
        assertThat(VisibleText.headerValue("Montérégie 🌲")).isTrue();
        assertThat(VisibleText.headerValue(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null));
        assertThat(VisibleText.headerValue("\uD800 lone")).isEqualTo(
                StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test("\uD800 lone"));
    }
}
