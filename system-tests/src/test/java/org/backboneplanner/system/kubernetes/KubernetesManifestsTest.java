package org.backboneplanner.system.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code deploy/kubernetes} parsed with the fabric8 Kubernetes model and held to the services' own
 * configuration: what a cluster would only reveal at run time (a probe on a wrong path, a topic with fewer
 * partitions than its consumers' replicas, a port or database that is not the service's) fails here.
 */
class KubernetesManifestsTest {

    /** The modules with a Deployment each, by Deployment name. */
    private static final List<String> MODULES = List.of("gateway", "worksheet-service", "partner-service",
            "debrief-service", "notification-service");
    private static final String SERVICE_ADDRESS_PREFIX = "BACKBONE_SERVICES_";
    /** Keys of backbone-secrets that deploy/generate-env.sh does not write (README: created beside them). */
    private static final Set<String> EXTRA_SECRET_KEYS = Set.of("BACKBONE_PUBLIC_URL");

    private final Manifests manifests = new Manifests();

    @Test
    void everyFileParsesAndTheKustomizationListsEachOne() {
        @SuppressWarnings("unchecked")
        List<String> listed = (List<String>) Manifests.kustomization().get("resources");

        assertThat(manifests.resources).hasSizeGreaterThan(20);
        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                manifests.files.stream().filter(f -> !f.equals(Manifests.KUSTOMIZATION)).toList());
        assertThat(manifests.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(MODULES);
    }

    @Test
    void eachDeploymentHasProbesOnItsHealthGroupsAndResources() {
        SoftAssertions soft = new SoftAssertions();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                Set<String> ports = container.getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
                soft.assertThat(probe(container.getLivenessProbe(), ports)).as(name + " liveness")
                        .isEqualTo("/actuator/health/liveness");
                soft.assertThat(probe(container.getReadinessProbe(), ports)).as(name + " readiness")
                        .isEqualTo("/actuator/health/readiness");
                soft.assertThat(container.getResources().getRequests()).as(name + " requests").containsKeys("cpu", "memory");
                soft.assertThat(container.getResources().getLimits()).as(name + " limits").containsKey("memory");
            }
        }
        soft.assertAll();
    }

    /** The probe's path, if it asks a port the container declares; else what is wrong. */
    private static String probe(Probe probe, Set<String> ports) {
        if (probe == null || probe.getHttpGet() == null) {
            return "no HTTP probe";
        }
        String port = probe.getHttpGet().getPort().getStrVal();
        return ports.contains(port) ? probe.getHttpGet().getPath() : "port " + probe.getHttpGet().getPort();
    }

    @Test
    void eachDeploymentHasADisruptionBudgetAndAnAutoscalerOfAtLeastTwoReplicas() {
        SoftAssertions soft = new SoftAssertions();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class).stream()
                    .filter(b -> podLabels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            soft.assertThat(budgets).as(name + " disruption budget").hasSize(1);
            List<HorizontalPodAutoscaler> scalers = manifests.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && h.getSpec().getScaleTargetRef().getName().equals(name)).toList();
            soft.assertThat(scalers).as(name + " autoscaler").hasSize(1);
            scalers.forEach(h -> {
                soft.assertThat(h.getSpec().getMinReplicas()).as(name + " min replicas").isGreaterThanOrEqualTo(2);
                soft.assertThat(h.getSpec().getMaxReplicas()).as(name + " max replicas")
                        .isGreaterThanOrEqualTo(h.getSpec().getMinReplicas());
            });
            budgets.forEach(b -> soft.assertThat(b.getSpec().getMinAvailable().getIntVal()).as(name + " min available")
                    .isLessThan(scalers.isEmpty() ? 2 : scalers.get(0).getSpec().getMinReplicas()));
        }
        soft.assertAll();
    }

    @Test
    void eachTopicHasAtLeastAsManyPartitionsAsTheMostReplicasOfAServiceReadingIt() {
        Map<String, GenericKubernetesResource> topics = manifests.custom("KafkaTopic").stream()
                .collect(Collectors.toMap(t -> String.valueOf(spec(t).get("topicName")), t -> t));
        ConfigMap config = manifests.named(ConfigMap.class, "backbone-config");
        SoftAssertions soft = new SoftAssertions();
        for (String module : MODULES.subList(1, MODULES.size())) {
            int maxReplicas = autoscaler(module).getSpec().getMaxReplicas();
            for (String topic : String.valueOf(Manifests.at(Manifests.applicationYaml(module), "backbone.kafka.topics.names"))
                    .split("\\s*,\\s*")) {
                soft.assertThat(topics).as(module + " reads " + topic).containsKey(topic);
                if (topics.containsKey(topic)) {
                    soft.assertThat(((Number) spec(topics.get(topic)).get("partitions")).intValue())
                            .as(topic + " partitions for " + maxReplicas + " replicas of " + module)
                            .isGreaterThanOrEqualTo(maxReplicas)
                            .isEqualTo(Integer.parseInt(config.getData().get("BACKBONE_KAFKA_TOPICS_PARTITIONS")));
                    soft.assertThat(((Number) spec(topics.get(topic)).get("replicas")).intValue()).as(topic + " replicas")
                            .isEqualTo(Integer.parseInt(config.getData().get("BACKBONE_KAFKA_TOPICS_REPLICAS")));
                    soft.assertThat(topics).as("its dead-letter topic").containsKey(topic + ".dlt");
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void eachImageAndPortAndDatabaseIsTheServicesOwn() {
        SoftAssertions soft = new SoftAssertions();
        Set<String> tags = new java.util.HashSet<>();
        for (String module : MODULES) {
            Map<String, Object> application = Manifests.applicationYaml(module);
            Container container = container(module);
            soft.assertThat(container.getImage()).as(module + " image").matches(".*/" + module + ":[^:/]+");
            tags.add(container.getImage().substring(container.getImage().lastIndexOf(':') + 1));
            soft.assertThat(container.getPorts().get(0).getContainerPort()).as(module + " port")
                    .isEqualTo(Manifests.at(application, "server.port"));
            String database = URI.create(String.valueOf(Manifests.at(application, "spring.mongodb.uri"))).getPath().substring(1);
            soft.assertThat(value(container, "SPRING_MONGODB_DATABASE")).as(module + " database").isEqualTo(database);
            Service service = manifests.named(Service.class, module);
            soft.assertThat(service.getSpec().getPorts().get(0).getPort()).as(module + " Service port")
                    .isEqualTo(Manifests.at(application, "server.port"));
        }
        soft.assertThat(tags).as("one version of every image").hasSize(1);
        soft.assertAll();
    }

    @Test
    void theGatewayRoutesToEachServiceThroughItsKubernetesService() {
        Container gateway = container("gateway");
        @SuppressWarnings("unchecked")
        Map<String, Object> addresses = (Map<String, Object>) Manifests.at(Manifests.applicationYaml("gateway"), "backbone.services");
        SoftAssertions soft = new SoftAssertions();
        for (String service : addresses.keySet()) {
            String value = value(gateway, SERVICE_ADDRESS_PREFIX + service.toUpperCase());
            soft.assertThat(value).as("the gateway's address of " + service).isNotNull();
            if (value != null) {
                URI address = URI.create(value);
                Service target = manifests.named(Service.class, address.getHost());
                soft.assertThat(target.getSpec().getPorts()).as(value).anyMatch(p -> p.getPort() == address.getPort());
                soft.assertThat(target.getSpec().getSelector()).as(value + " selects " + service + "-service")
                        .containsEntry("app.kubernetes.io/name", service + "-service");
            }
        }
        soft.assertAll();
    }

    @Test
    void everyReferenceNamesAKeyThatExists() throws IOException {
        Set<String> generated = new java.util.HashSet<>(EXTRA_SECRET_KEYS);
        Matcher assignment = Pattern.compile("(?m)^([A-Z_]+)=").matcher(
                Files.readString(Manifests.ROOT.resolve("deploy/generate-env.sh")));
        while (assignment.find()) {
            generated.add(assignment.group(1));
        }
        ConfigMap config = manifests.named(ConfigMap.class, "backbone-config");
        String mongoSecret = String.valueOf(((Map<?, ?>) ((List<?>) spec(manifests.custom("MongoDBCommunity").get(0))
                .get("users")).get(0)).get("connectionStringSecretName"));
        SoftAssertions soft = new SoftAssertions();
        for (String module : MODULES) {
            for (EnvVar env : container(module).getEnv()) {
                if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                    soft.assertThat(config.getData()).as(module + " " + env.getName())
                            .containsKey(env.getValueFrom().getConfigMapKeyRef().getKey());
                } else if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    String secret = env.getValueFrom().getSecretKeyRef().getName();
                    String key = env.getValueFrom().getSecretKeyRef().getKey();
                    if (secret.equals(mongoSecret)) {
                        soft.assertThat(key).as(module + " " + env.getName()).isEqualTo("connectionString.standard");
                    } else {
                        soft.assertThat(secret).as(module + " " + env.getName()).isEqualTo("backbone-secrets");
                        soft.assertThat(generated).as(module + " " + env.getName() + " from .env").contains(key);
                    }
                }
            }
        }
        String kafka = manifests.custom("Kafka").get(0).getMetadata().getName();
        soft.assertThat(config.getData().get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as("the Strimzi bootstrap Service")
                .isEqualTo(kafka + "-kafka-bootstrap:9092");
        soft.assertAll();
    }

    @Test
    void theOperatorsResourcesNameTheirVersionsAndKeycloakImportsTheRealmOfTheRepository() throws IOException {
        GenericKubernetesResource kafka = manifests.custom("Kafka").get(0);
        GenericKubernetesResource mongo = manifests.custom("MongoDBCommunity").get(0);
        GenericKubernetesResource keycloak = manifests.custom("Keycloak").get(0);
        GenericKubernetesResource realmImport = manifests.custom("KeycloakRealmImport").get(0);
        String keycloakVersion = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Files.readString(Manifests.ROOT.resolve("pom.xml"))).results().findFirst().orElseThrow().group(1);
        JsonMapper json = JsonMapper.builder().build();

        assertThat(kafka.getApiVersion()).isEqualTo("kafka.strimzi.io/v1beta2");
        assertThat(String.valueOf(((Map<?, ?>) spec(kafka).get("kafka")).get("version"))).startsWith("4.1.");
        assertThat(String.valueOf(spec(mongo).get("version"))).startsWith("8.0.");
        assertThat(spec(mongo).get("members")).isEqualTo(3);
        assertThat(String.valueOf(spec(keycloak).get("image"))).endsWith(":" + keycloakVersion);
        assertThat(spec(realmImport).get("keycloakCRName")).isEqualTo(keycloak.getMetadata().getName());
        JsonNode imported = json.valueToTree(spec(realmImport).get("realm"));
        JsonNode repository = json.readTree(Manifests.ROOT.resolve("keycloak/backbone-realm.json").toFile());
        assertThat(imported).isEqualTo(repository);
    }

    private Container container(String module) {
        return manifests.named(Deployment.class, module).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private HorizontalPodAutoscaler autoscaler(String module) {
        return manifests.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(module)).findFirst().orElseThrow();
    }

    private static String value(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().getOrDefault("spec", new HashMap<>());
    }
}
