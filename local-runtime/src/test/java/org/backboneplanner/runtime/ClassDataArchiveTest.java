package org.backboneplanner.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a real JVM: a first run records the archive at exit, the next runs map their classes from it. */
class ClassDataArchiveTest {

    /** A plain jar needs no extraction: a copy stands for Spring Boot's. */
    private static final ClassDataArchive.Extraction COPY = (jar, destination) -> {
        Files.createDirectories(destination);
        Files.copy(jar, destination.resolve(jar.getFileName()));
    };

    @TempDir
    Path dir;

    @Test
    void theFirstRunRecordsAndTheNextOnesLoadTheirClassesFromTheArchive() throws Exception {
        Path jar = helloJar(dir.resolve("build"), "hello", 0);
        Path folder = dir.resolve("class-data").resolve("hello");

        ClassDataArchive first = ClassDataArchive.prepare("hello", jar, folder, COPY);
        assertThat(first.recording()).isTrue();
        assertThat(first.jvmOptions()).singleElement().asString().startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(run(first, List.of())).contains("hello");
        first.processEnded(true);

        ClassDataArchive next = ClassDataArchive.prepare("hello", jar, folder, COPY);
        assertThat(next.recording()).isFalse();
        assertThat(next.jvmOptions()).singleElement().asString().startsWith("-XX:SharedArchiveFile=");
        // -Xshare:on: the JVM refuses to start if it cannot map the archive
        assertThat(run(next, List.of("-Xshare:on", "-Xlog:class+load=info")))
                .containsPattern("demo\\.Hello source: shared objects file \\(top\\)");
    }

    @Test
    void aRecordingOfAProcessStoppedByForceIsNotKept() throws Exception {
        Path jar = helloJar(dir.resolve("build"), "hello", 0);
        Path folder = dir.resolve("class-data").resolve("hello");
        ClassDataArchive first = ClassDataArchive.prepare("hello", jar, folder, COPY);
        run(first, List.of());

        first.processEnded(false);

        assertThat(ClassDataArchive.prepare("hello", jar, folder, COPY).recording()).isTrue();
    }

    @Test
    void aRebuildOfTheSameCodeKeepsTheArchiveAndNewCodeStartsAnew() throws Exception {
        Path jar = helloJar(dir.resolve("build"), "hello", 0);
        Path folder = dir.resolve("class-data").resolve("hello");
        ClassDataArchive first = ClassDataArchive.prepare("hello", jar, folder, COPY);
        run(first, List.of());
        first.processEnded(true);

        // the same classes, written an hour later
        Path rebuilt = helloJar(dir.resolve("rebuild"), "hello", 3_600_000);
        assertThat(ClassDataArchive.contentKey(rebuilt)).isEqualTo(ClassDataArchive.contentKey(jar));
        assertThat(ClassDataArchive.prepare("hello", rebuilt, folder, COPY).recording()).isFalse();

        Path changed = helloJar(dir.resolve("change"), "hello again", 0);
        assertThat(ClassDataArchive.contentKey(changed)).isNotEqualTo(ClassDataArchive.contentKey(jar));
        ClassDataArchive renewed = ClassDataArchive.prepare("hello", changed, folder, COPY);
        assertThat(renewed.recording()).isTrue();
        try (var keys = Files.list(folder)) {
            assertThat(keys.toList()).singleElement().isEqualTo(renewed.jar().getParent().getParent());
        }
    }

    private static String run(ClassDataArchive archive, List<String> extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(archive.jvmOptions());
        command.addAll(extra);
        command.addAll(List.of("-jar", archive.jar().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** A jar whose main class prints {@code greeting}; its entries dated {@code shiftMillis} after a fixed time. */
    private static Path helloJar(Path folder, String greeting, long shiftMillis) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src").resolve("demo"));
        Path classes = Files.createDirectories(folder.resolve("classes"));
        Files.writeString(sources.resolve("Hello.java"), "package demo; public class Hello { public static void main(String[] a) "
                + "{ System.out.println(\"" + greeting + "\"); } }");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                sources.resolve("Hello.java").toString());
        assertThat(compiled).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "demo.Hello");
        Path jar = folder.resolve("hello.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            JarEntry entry = new JarEntry("demo/Hello.class");
            entry.setLastModifiedTime(FileTime.fromMillis(1_767_225_600_000L + shiftMillis));
            out.putNextEntry(entry);
            Files.copy(classes.resolve("demo").resolve("Hello.class"), out);
            out.closeEntry();
        }
        return jar;
    }
}
