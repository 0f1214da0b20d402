package com.complianceportal.base.observability;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code portal.ui.live}: Vaadin UIs (browser tabs) open on this instance. A UI counts from its start until
 * it is detached (its tab closed and its heartbeats missed, or its session ended); the set holds UIs weakly, so a UI
 * Vaadin has let go of never keeps counting.
 */
@Component
class LiveUis implements VaadinServiceInitListener {

    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    LiveUis(MeterRegistry registry) {
        Gauge.builder("portal.ui.live", uis, Set::size)
                .description("Vaadin UIs (browser tabs) open on this instance").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            uis.add(ui);
            ui.addDetachListener(detach -> uis.remove(ui));
        });
    }
}
