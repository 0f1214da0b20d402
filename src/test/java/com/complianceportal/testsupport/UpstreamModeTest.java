package com.complianceportal.testsupport;

import com.complianceportal.assessment.service.AssessmentSource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A Spring test in upstream mode against {@link VendorStub}, with short timeouts so that a vendor that does not answer
 * costs a second, in a database of its own. Every such test shares one context: use it with {@link UpstreamMode}. The
 * register's source is a mock: these tests are about the pickers, the create and the key test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = {
        "portal.source=upstream",
        "spring.datasource.url=jdbc:h2:mem:portal-upstream;DB_CLOSE_DELAY=-1",
        "portal.upstream.connect-timeout=1s",
        "portal.upstream.read-timeout=1s",
        "portal.upstream.call-budget=3s",
        "portal.upstream.retry-backoff=20ms"})
@MockitoBean(types = AssessmentSource.class)
public @interface UpstreamModeTest {
}
