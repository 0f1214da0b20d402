package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.service.AssessmentCatalogue;
import com.complianceportal.assessment.service.WorkflowStarter;
import com.complianceportal.testsupport.MiddayClock;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The portal in upstream mode against {@link RiseStubServer}, with short timeouts, quick retries, a short open
 * circuit and a small export limit, so that failures are quick to provoke. Every class with it shares one context.
 * The create form's vendor is not under test here: its ports are mocks. The clock stands at midday, so that "today"
 * (from which overdue and due-soon are reckoned) stays the same day while the tests run; a database of its own keeps
 * what that clock stamps (audit events, key times) away from tests that run on the real clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-upstream;DB_CLOSE_DELAY=-1",
        "portal.source=upstream",
        "portal.upstream.connect-timeout=1s",
        "portal.upstream.read-timeout=1s",
        "portal.upstream.call-budget=4s",
        "portal.upstream.retries=2",
        "portal.upstream.retry-backoff=20ms",
        "portal.upstream.breaker-open-duration=1s",
        "portal.upstream.cache-ttl=30s",
        "portal.upstream.export-max-rows=" + RiseStub.EXPORT_MAX_ROWS,
        "portal.upstream.export-concurrency=" + RiseStub.EXPORT_CONCURRENCY})
@Import({RiseStubServer.class, MiddayClock.Config.class})
@MockitoBean(types = {AssessmentCatalogue.class, WorkflowStarter.class})
public @interface RiseUpstreamTest {
}
