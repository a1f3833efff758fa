package org.backboneplanner.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web UI speaks French and English from app/i18n/fr.json and en.json: both name the same texts, none is empty,
 * every text a module asks for exists, and the modules stay small enough to read.
 */
class WebTextTest {

    private static final Path APP = Path.of("src/main/resources/static/app");
    /** t('key'), fmt('key', …), phrase('key', …): a text looked up by a literal key. */
    private static final Pattern LOOKUP = Pattern.compile("\\b(?:t|fmt|phrase)\\('([^']+)'");
    /** plural('key', n): a count whose noun has its .one and .other forms (and maybe .zero). */
    private static final Pattern PLURAL = Pattern.compile("\\bplural\\('([^']+)'");
    private static final Pattern FRAME = Pattern.compile("data-i18n(?:-label)?=\"([^\"]+)\"");

    private static Map<String, String> dictionary(String language) throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(APP.resolve("i18n/" + language + ".json")));
        Map<String, String> texts = new TreeMap<>();
        json.properties().forEach(entry -> texts.put(entry.getKey(), entry.getValue().isString() ? entry.getValue().asString() : null));
        return texts;
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> files = Files.walk(APP)) {
            return files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Map<String, String> french = dictionary("fr");
        Map<String, String> english = dictionary("en");

        assertThat(french).hasSizeGreaterThan(300);
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(french.keySet());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String language : List.of("fr", "en")) {
            assertThat(dictionary(language)).as(language).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        }
    }

    @Test
    void everyTextTheModulesAndThePageAskForExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> counted = new TreeSet<>();
        for (Path module : modules()) {
            String code = Files.readString(module, StandardCharsets.UTF_8);
            used.addAll(matches(LOOKUP, code));
            counted.addAll(matches(PLURAL, code));
        }
        used.addAll(matches(FRAME, Files.readString(APP.resolve("../index.html"))));
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(counted).isNotEmpty();

        for (String language : List.of("fr", "en")) {
            Map<String, String> texts = dictionary(language);
            // a key ending in a dot is a prefix completed at run time (t('tab.' + tab)): some text must start with it
            used.stream().filter(key -> !key.endsWith(".")).forEach(key -> assertThat(texts).as(language).containsKey(key));
            used.stream().filter(key -> key.endsWith(".")).forEach(prefix ->
                    assertThat(texts.keySet()).as(language).anyMatch(key -> key.startsWith(prefix)));
            counted.forEach(key -> assertThat(texts).as(language).containsKeys(key + ".one", key + ".other"));
        }
    }

    /** The worksheet's history names each event by its type: every worksheet event has its words in both languages. */
    @Test
    void everyWorksheetEventHasItsNameForTheHistory() throws IOException {
        List<String> worksheetEvents = new java.util.ArrayList<>();
        org.backboneplanner.events.EventTypes.all().forEach(type -> {
            if (type.getPackageName().endsWith(".worksheet")) {
                worksheetEvents.add(type.getSimpleName());
            }
        });
        assertThat(worksheetEvents).hasSizeGreaterThan(15);
        for (String language : List.of("fr", "en")) {
            Map<String, String> texts = dictionary(language);
            assertThat(worksheetEvents).as(language).allSatisfy(type -> assertThat(texts).containsKey("event." + type));
        }
    }

    @Test
    void noModuleIsOver400Lines() throws IOException {
        assertThat(modules()).hasSizeGreaterThan(20).allSatisfy(module ->
                assertThat(Files.readAllLines(module)).as(module.toString()).hasSizeLessThanOrEqualTo(400));
    }
}
