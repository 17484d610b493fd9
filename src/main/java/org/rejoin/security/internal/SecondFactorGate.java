package org.rejoin.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.rejoin.security.SecondFactor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone whose password was accepted but whose code is still awaited reaches nothing but the code and enrolment
 * pages: any other address is sent to the code page. Vaadin's own requests (its client engine's, marked
 * {@code v-r}) go on, because the code page needs them; a navigation inside them is turned back to the code page
 * by the views' gate ({@code SecondFactorViewGate}), and without a role no protected view opens anyway.
 */
class SecondFactorGate extends OncePerRequestFilter {

    static final String CODE_PAGE = "/sign-in/code";
    /** The code pages and their resources; the sign-in page and a school-account sign-in ("/oauth2/"), to start over. */
    private static final List<String> OPEN = List.of(CODE_PAGE, "/sign-in/enrol", "/login", "/logout", "/oauth2/",
            "/VAADIN/", "/styles/", "/images/", "/icons/", "/favicon", "/sw.js", "/manifest.webmanifest");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecondFactor.isPending(SecurityContextHolder.getContext().getAuthentication())
                && request.getParameter("v-r") == null && !open(request)) {
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(path::startsWith);
    }
}
