package com.complianceportal.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * One WireMock server that plays both vendors (Rise at its root, Maxsight under {@code /v5}) for the whole test run,
 * so that every upstream-mode test shares one address and so one Spring context. Each test starts with no stubs and no
 * recorded requests ({@link UpstreamMode}).
 */
public final class VendorStub {

    private static final WireMockServer SERVER = start();

    private VendorStub() {
    }

    public static WireMockServer server() {
        return SERVER;
    }

    /** Rise's address. */
    public static String riseUrl() {
        return SERVER.baseUrl();
    }

    /** Maxsight's address, with its region and version as configured in production: {@code https://{region}/v5}. */
    public static String maxsightUrl() {
        return SERVER.baseUrl() + "/v5";
    }

    static void reset() {
        SERVER.resetAll();
    }

    private static WireMockServer start() {
        var server = new WireMockServer(options().dynamicPort().containerThreads(20));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
