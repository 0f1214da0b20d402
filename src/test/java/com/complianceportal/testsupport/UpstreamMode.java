package com.complianceportal.testsupport;

import com.complianceportal.assessment.upstream.UpstreamState;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The vendors' addresses for an {@link UpstreamModeTest}, and a fresh start for each test: no stubs, no recorded
 * requests, no kept answers and closed circuit breakers, so that the failures one test provokes never reach the next.
 */
public interface UpstreamMode {

    @DynamicPropertySource
    static void vendorAddresses(DynamicPropertyRegistry registry) {
        registry.add("portal.upstream.rise.base-url", VendorStub::riseUrl);
        registry.add("portal.upstream.maxsight.base-url", VendorStub::maxsightUrl);
    }

    @BeforeEach
    default void freshVendors(ApplicationContext context) {
        VendorStub.reset();
        UpstreamState.reset(context);
    }
}
