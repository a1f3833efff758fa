package org.backboneplanner.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;

import org.junit.jupiter.api.Test;

/**
 * Jakarta Mail finds its stream provider by name once the mailer is loaded, not by a ServiceLoader search of every
 * jar for each body part (what made composing and sending a mail cost twice as much), and it is Angus Mail's.
 */
class MailStreamsTest {

    @Test
    void theStreamProviderIsNamedOnceTheMailerIsLoaded() throws Exception {
        Class.forName(SmtpMailer.class.getName(), true, SmtpMailer.class.getClassLoader());

        assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        assertThat(StreamProvider.provider().getClass().getName())
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    }
}
