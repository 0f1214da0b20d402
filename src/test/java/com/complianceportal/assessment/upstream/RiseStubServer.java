package com.complianceportal.assessment.upstream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** A stand-in for both vendors (WireMock on a free port), and the portal pointed at it. */
@TestConfiguration(proxyBeanMethods = false)
public class RiseStubServer {

    @Bean(destroyMethod = "stop")
    WireMockServer riseStub() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(64));
        server.start();
        return server;
    }

    @Bean
    DynamicPropertyRegistrar riseAddress(WireMockServer riseStub) {
        return registry -> {
            registry.add("portal.upstream.rise.base-url", riseStub::baseUrl);
            registry.add("portal.upstream.maxsight.base-url", () -> riseStub.baseUrl() + "/v5");
        };
    }
}
