package com.complianceportal.assessment.upstream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.lang.reflect.Field;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** Puts the upstream adapter back to its first state between tests: no kept answers, every circuit breaker closed. */
public final class UpstreamState {

    private UpstreamState() {
    }

    public static void reset(ApplicationContext context) {
        context.getBean(MaxsightCatalogue.class).clear();
        Map<?, ?> clients = (Map<?, ?>) read(context.getBean(VendorClients.class), "clients");
        clients.values().forEach(client -> ((CircuitBreaker) read(client, "breaker")).reset());
    }

    private static Object read(Object owner, String field) {
        try {
            Field f = owner.getClass().getDeclaredField(field);
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The upstream adapter changed: " + field, e);
        }
    }
}
