package org.backboneplanner.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service's instances are: {@code backbone.services.worksheet} is one address or several,
 * comma-separated ({@code http://10.0.0.5:8081,http://10.0.0.6:8081}). On Kubernetes the one address is
 * the Service's, which spreads the load itself.
 *
 * @param services service name (as routes name it, {@code lb://worksheet}) → its instances' addresses
 */
@ConfigurationProperties("backbone")
public record ServiceAddresses(@DefaultValue Map<String, List<URI>> services) {
}
