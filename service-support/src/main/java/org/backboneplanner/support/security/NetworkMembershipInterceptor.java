package org.backboneplanner.support.security;

import java.util.Map;

import org.backboneplanner.support.problem.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tenancy at the door: any path with a {@code {networkId}} answers 404 to a member outside that
 * network, the same answer as for a network that does not exist, so nothing leaks.
 */
public class NetworkMembershipInterceptor implements HandlerInterceptor {

    static final String NETWORK_ID = "networkId";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey(NETWORK_ID)) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof MemberAuthentication member)
                || !member.member().belongsTo(variables.get(NETWORK_ID))) {
            throw new NotFoundException("not-found.network", variables.get(NETWORK_ID));
        }
        return true;
    }
}
