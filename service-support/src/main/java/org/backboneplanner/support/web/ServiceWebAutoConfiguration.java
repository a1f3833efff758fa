package org.backboneplanner.support.web;

import java.util.List;
import java.util.Locale;

import org.apache.catalina.core.StandardHost;
import org.backboneplanner.support.problem.ProblemAdvice;
import org.backboneplanner.support.problem.ProblemBody;
import org.backboneplanner.support.problem.ProblemErrorController;
import org.backboneplanner.support.problem.ProblemErrorReportValve;
import org.backboneplanner.support.problem.ProblemMessages;
import org.backboneplanner.support.problem.RequestSizeLimitFilter;
import org.backboneplanner.support.security.MemberArgumentResolver;
import org.backboneplanner.support.security.MemberAuthentication;
import org.backboneplanner.support.security.MemberClaims;
import org.backboneplanner.support.security.NetworkMembershipInterceptor;
import org.backboneplanner.support.security.ProblemAuthenticationEntryPoint;
import org.backboneplanner.support.text.CheckedTextDeserializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.module.SimpleModule;

/**
 * The HTTP side every service shares: only a valid bearer token gets in (issuer, audience, signature
 * and expiry are checked by Boot's JWT decoder from {@code spring.security.oauth2.resourceserver.jwt.*}),
 * the caller becomes a {@link org.backboneplanner.support.security.Member}, network paths are checked
 * against the member's networks, and every error is problem+json.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ServiceWebProperties.class)
public class ServiceWebAutoConfiguration implements WebMvcConfigurer {

    @Bean
    ShutdownDrain shutdownDrain(@org.springframework.beans.factory.annotation.Value("${backbone.web.shutdown-drain:0s}")
                                java.time.Duration drain) {
        return new ShutdownDrain(drain);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ServiceWebProperties properties, ProblemMessages messages)
            throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(messages);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                // bearer tokens only: no session, no cookie, so no CSRF exposure
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                token -> new MemberAuthentication(token, MemberClaims.member(token)))));
        http.anonymous(Customizer.withDefaults());
        return http.build();
    }

    /** Every string of a request body is read by the text rules: no control characters, one kind of line break. */
    @Bean
    SimpleModule checkedText() {
        return new SimpleModule("checked-text").addDeserializer(String.class, new CheckedTextDeserializer());
    }

    /** Requests the security firewall refuses (a path walking up, an encoded slash): problem+json, 400. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ProblemMessages messages) {
        return (request, response, e) -> {
            Locale language = ProblemMessages.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
            response.getOutputStream().write(ProblemBody.json(400, "invalid-path",
                    messages.title("invalid-path", 400, language), messages.text("detail.invalid-path", language), null));
        };
    }

    /** The sentences of problems: the service's own {@code problems_*.properties} and the shared ones. */
    @Bean
    @ConditionalOnMissingBean
    ProblemMessages problemMessages() {
        return ProblemMessages.ofService();
    }

    @Bean
    ProblemErrorController problemErrorController(ProblemAdvice problems, ProblemMessages messages) {
        return new ProblemErrorController(problems, messages);
    }

    @Bean
    ProblemAdvice problemAdvice(ProblemMessages messages) {
        return new ProblemAdvice(messages);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ServiceWebProperties properties,
                                                                          ProblemMessages messages) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestBody().toBytes(), messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Inside Spring Security's chain (-100), whose no-store Cache-Control is written after this filter's check. */
    @Bean
    FilterRegistrationBean<HashedEtags> hashedEtags(ServiceWebProperties properties) {
        FilterRegistrationBean<HashedEtags> registration =
                new FilterRegistrationBean<>(new HashedEtags(properties.hashedEtagPaths()));
        registration.setOrder(0);
        registration.setEnabled(!properties.hashedEtagPaths().isEmpty());
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NetworkMembershipInterceptor()).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new MemberArgumentResolver());
    }

    /** Tomcat answers what it refuses itself as problem+json too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.core.StandardHost")
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
