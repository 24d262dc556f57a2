package no.tavla.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.tavla.shared.RequestMemo;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives every HTTP request its own {@link RequestMemo}, before any module reads anything. */
final class RequestMemoFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(RequestMemo.ATTRIBUTE, RequestMemo.fresh());
        try {
            chain.doFilter(request, response);
        } finally {
            request.removeAttribute(RequestMemo.ATTRIBUTE);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Right after Spring binds the request to the thread (order -105), before security (-100). */
        @Bean
        FilterRegistrationBean<RequestMemoFilter> requestMemo() {
            FilterRegistrationBean<RequestMemoFilter> registration = new FilterRegistrationBean<>(
                    new RequestMemoFilter());
            registration.setOrder(-104);
            return registration;
        }
    }
}
