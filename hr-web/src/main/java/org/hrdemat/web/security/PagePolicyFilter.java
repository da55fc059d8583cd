package org.hrdemat.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Keeps one Content-Security-Policy per answer: the policy every answer carries from the start
 * ({@link WebDefences#headers}) is replaced, not joined, by the one PrimeFaces adds to the pages it renders (the same
 * policy with the nonce of the page's scripts). Two policies would both apply, and the first one, without the nonce,
 * would block the page's own scripts.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class PagePolicyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response instanceof OnePolicy ? response : new OnePolicy(response));
    }

    /** A response on which adding a policy replaces the one already there. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
