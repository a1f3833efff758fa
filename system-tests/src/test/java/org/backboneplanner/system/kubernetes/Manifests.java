package org.backboneplanner.system.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.yaml.snakeyaml.Yaml;

/**
 * The manifests of {@code deploy/kubernetes}, each document parsed with the fabric8 Kubernetes model
 * (operators' resources as generic ones), and the services' own {@code application.yaml} to hold them to.
 */
final class Manifests {

    static final Path ROOT = Path.of(System.getProperty("backbone.root", "..")).toAbsolutePath().normalize();
    static final Path DIRECTORY = ROOT.resolve("deploy/kubernetes");
    static final String KUSTOMIZATION = "kustomization.yaml";

    private final KubernetesSerialization serialization = new KubernetesSerialization();
    final List<HasMetadata> resources = new ArrayList<>();
    final List<String> files = new ArrayList<>();

    Manifests() {
        try (Stream<Path> listed = Files.list(DIRECTORY)) {
            for (Path file : listed.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                files.add(file.getFileName().toString());
                if (!file.getFileName().toString().equals(KUSTOMIZATION)) {
                    for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                        if (!document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                            resources.add(serialization.unmarshal(document, HasMetadata.class));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> kustomization() {
        return (Map<String, Object>) read(DIRECTORY.resolve(KUSTOMIZATION));
    }

    /** A module's {@code application.yaml}, as a tree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> applicationYaml(String module) {
        return (Map<String, Object>) read(ROOT.resolve(module).resolve("src/main/resources/application.yaml"));
    }

    /** The value at a dotted path of a YAML tree ({@code server.port}), or null. */
    @SuppressWarnings("unchecked")
    static Object at(Map<String, Object> tree, String path) {
        Object node = tree;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(key);
        }
        return node;
    }

    private static Object read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
