package org.backboneplanner.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.util.FileSystemUtils;

/**
 * A service's jar extracted once (Spring Boot's {@code -Djarmode=tools extract}: its libraries as plain jars,
 * which class-data sharing needs) and its application class-data archive: recorded by the JVM when the
 * service stops after its first run ({@code -XX:ArchiveClassesAtExit}), then mapped by every later start
 * ({@code -XX:SharedArchiveFile}) instead of loading, parsing and verifying some 15,000 classes again.
 * Kept under {@code folder/<key>}, the key read from the jar's entries (names, CRCs, sizes, not times) and
 * the JVM: a rebuild of the same code keeps the archive, a change of code or JDK starts a new one. A JVM
 * that cannot use an archive says so in its log and starts without it.
 */
final class ClassDataArchive {

    private final Path jar;
    private final Path archive;
    private final Path recording;

    private ClassDataArchive(Path jar, Path archive, Path recording) {
        this.jar = jar;
        this.archive = archive;
        this.recording = recording;
    }

    /** Extracts {@code jar} under {@code folder} unless done for this content before; forgets older contents. */
    static ClassDataArchive prepare(String name, Path jar, Path folder, Extraction extraction) throws IOException {
        Path home = folder.resolve(contentKey(jar));
        Path extracted = home.resolve("app").resolve(jar.getFileName());
        if (!Files.isRegularFile(extracted)) {
            FileSystemUtils.deleteRecursively(folder);
            extraction.extract(jar, home.resolve("app"));
            if (!Files.isRegularFile(extracted)) {
                throw new IOException(name + ": extracting " + jar + " gave no " + extracted);
            }
        }
        return new ClassDataArchive(extracted, home.resolve(name + ".jsa"), home.resolve(name + ".recording.jsa"));
    }

    /** The jar to start: the extracted one. */
    Path jar() {
        return jar;
    }

    /** Use the archive when there is one, else record one at exit. */
    List<String> jvmOptions() {
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        return List.of("-XX:ArchiveClassesAtExit=" + recording);
    }

    boolean recording() {
        return !Files.isRegularFile(archive);
    }

    /**
     * After the process ended: keeps what it recorded if it ended on its own (a JVM stopped by force may
     * have written half an archive).
     */
    void processEnded(boolean endedOnItsOwn) throws IOException {
        if (!Files.isRegularFile(recording)) {
            return;
        }
        if (endedOnItsOwn && Files.size(recording) > 0) {
            Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.delete(recording);
        }
    }

    /**
     * What the jar holds, from its entries' names, CRCs and sizes (a rebuild with new times gives the same),
     * and the JVM that runs it (an archive is only good for the JVM that wrote it).
     */
    static String contentKey(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((System.getProperty("java.home") + " " + System.getProperty("java.vm.version"))
                    .getBytes(StandardCharsets.UTF_8));
            ByteBuffer numbers = ByteBuffer.allocate(Long.BYTES * 2);
            for (ZipEntry entry : zip.stream().toList()) {
                digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                numbers.clear();
                numbers.putLong(entry.getCrc()).putLong(entry.getSize());
                digest.update(numbers.array());
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks a jar into a folder so that the launch jar there has the same file name. */
    @FunctionalInterface
    interface Extraction {
        void extract(Path jar, Path destination) throws IOException;

        /** Spring Boot's own: {@code java -Djarmode=tools -jar app.jar extract --destination folder}. */
        static Extraction springBootTools(Path java) {
            return (jar, destination) -> {
                Files.createDirectories(destination.getParent());
                Process process = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.toString(),
                        "extract", "--destination", destination.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                try {
                    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                        process.destroyForcibly();
                        throw new IOException("extracting " + jar + " failed");
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while extracting " + jar, e);
                }
            };
        }
    }
}
