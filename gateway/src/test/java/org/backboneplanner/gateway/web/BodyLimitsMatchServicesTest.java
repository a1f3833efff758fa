package org.backboneplanner.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.backboneplanner.support.web.ServiceWebProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.Yaml;

/**
 * The gateway refuses exactly what the services would: the API's limit is the services' default, an
 * import's is partner-service's. A service raising its limit without the gateway would see its larger
 * requests refused at the gateway.
 */
class BodyLimitsMatchServicesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Object at(Path yaml, String... keys) throws IOException {
        Object node = new Yaml().load(Files.readString(yaml));
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    private static DataSize gateway(String key) throws IOException {
        return DataSize.parse(String.valueOf(at(ROOT.resolve("gateway/src/main/resources/application.yaml"),
                "backbone", "gateway", "request-body", key)).trim());
    }

    @Test
    void theApiLimitIsTheServicesDefault() throws IOException {
        ServiceWebProperties servicesDefault = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("backbone.web", ServiceWebProperties.class);

        assertThat(gateway("max")).isEqualTo(servicesDefault.maxRequestBody());
    }

    @Test
    void theImportLimitIsPartnerServicesLimit() throws IOException {
        Object partner = at(ROOT.resolve("partner-service/src/main/resources/application.yaml"),
                "backbone", "web", "max-request-body");

        assertThat(gateway("max-import")).isEqualTo(DataSize.parse(String.valueOf(partner)));
    }
}
