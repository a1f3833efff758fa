package org.backboneplanner.notification.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real SMTP server (RFC 5321 dialogue on a socket) that counts what it receives, by recipient, and keeps
 * nothing else, so a benchmark measures the sender, not a mail store filling the heap. It can be slow on
 * purpose: {@code delay} is how long it takes to accept each message, as a busy server does.
 */
public final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final Duration delay;
    private final AtomicLong received = new AtomicLong();
    private final AtomicInteger inData = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Map<String, AtomicInteger> byRecipient = new ConcurrentHashMap<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final java.util.Set<String> refused = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;

    public SmtpSink() throws IOException {
        this(Duration.ZERO);
    }

    public SmtpSink(Duration delay) throws IOException {
        this.delay = delay;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public long received() {
        return received.get();
    }

    /** How many SMTP connections clients opened. */
    public int connections() {
        return connections.get();
    }

    /** Refuses this recipient from now on (550 to its RCPT), as a server does a mailbox it does not know. */
    public void refuse(String address) {
        refused.add(address);
    }

    /** The most messages it was receiving at the same time, from connections side by side. */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    /** How many messages each recipient received. */
    public Map<String, Integer> receivedByRecipient() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        byRecipient.forEach((address, count) -> counts.put(address, count.get()));
        return counts;
    }

    private void accept() {
        while (open) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread session = new Thread(() -> serve(socket), "smtp-sink-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII)); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            List<String> recipients = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT)
                        : line.toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "MAIL", "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        String recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        if (refused.contains(recipient)) {
                            reply(out, "550 no such mailbox");
                        } else {
                            recipients.add(recipient);
                            reply(out, "250 OK");
                        }
                    }
                    case "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 go on");
                        mostAtOnce.accumulateAndGet(inData.incrementAndGet(), Math::max);
                        for (String data; (data = in.readLine()) != null && !data.equals("."); ) {
                            // discarded
                        }
                        if (!delay.isZero()) {
                            // the server's own slowness, the condition under test: not a wait of the test
                            Thread.sleep(delay.toMillis());
                        }
                        received.incrementAndGet();
                        recipients.forEach(r -> byRecipient.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet());
                        recipients.clear();
                        inData.decrementAndGet();
                        reply(out, "250 OK kept nothing");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not here");
                }
            }
        } catch (IOException e) {
            // the client left
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
    }
}
