package com.complianceportal.assessment.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.security.Roles;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Downloads whose clients read slowly hold no database connection: the register and sign-ins go on meanwhile, and
 * the export limits answer with a clear message instead of letting exports pile up.
 */
@SpringBootTest
class SlowExportsIT {

    private static final int MAX_CONCURRENT = 4;

    @Autowired
    AssessmentExporter exporter;
    @Autowired
    AssessmentService assessments;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    HikariDataSource dataSource;

    private final CountDownLatch clientsReading = new CountDownLatch(MAX_CONCURRENT);
    private final CountDownLatch clientsMayGoOn = new CountDownLatch(1);

    /** A client that takes the first bytes, then stops reading until told to go on. */
    private OutputStream slowClient() {
        return new OutputStream() {
            private boolean first = true;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (first) {
                    first = false;
                    clientsReading.countDown();
                    try {
                        clientsMayGoOn.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
            }
        };
    }

    private Future<ExportResult> export(ExecutorService threads, String username, OutputStream client) {
        return threads.submit(() -> {
            var user = UsernamePasswordAuthenticationToken.authenticated(username, null,
                    AuthorityUtils.createAuthorityList("ROLE_" + Roles.VIEWER));
            var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(user);
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
            try {
                return exporter.write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(), client, ExportProgress.NONE);
            } finally {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }
        });
    }

    @Test
    @WithMockUser(username = "slow-1", roles = Roles.VIEWER)
    void slow_downloads_hold_no_connection_and_the_limits_say_why_an_export_waits() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(MAX_CONCURRENT + 1);
        try {
            List<Future<ExportResult>> downloads = new ArrayList<>();
            for (int i = 1; i <= MAX_CONCURRENT; i++) {
                downloads.add(export(threads, "slow-" + i, slowClient()));
            }
            assertThat(clientsReading.await(60, TimeUnit.SECONDS)).as("every download reached its client").isTrue();

            assertThat(dataSource.getHikariPoolMXBean().getActiveConnections())
                    .as("no connection waits on a client").isZero();
            assertThat(assessments.search(AssessmentFilter.NONE, List.of(), 0, 50).rows()).isNotEmpty();
            assertThat(userDetails.loadUserByUsername("viewer").getUsername()).isEqualTo("viewer");

            assertThatThrownBy(() -> exporter.write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(),
                    OutputStream.nullOutputStream(), ExportProgress.NONE))
                    .isInstanceOf(ExportRefusedException.class).hasMessage(ExportSlots.ALREADY_RUNNING);
            assertThatThrownBy(() -> export(threads, "someone-else", OutputStream.nullOutputStream()).get())
                    .hasCauseInstanceOf(ExportRefusedException.class).cause().hasMessage(ExportSlots.BUSY);

            clientsMayGoOn.countDown();
            for (Future<ExportResult> download : downloads) {
                assertThat(download.get(60, TimeUnit.SECONDS).rows()).isEqualTo(assessments.count(AssessmentFilter.NONE));
            }
            assertThat(export(threads, "someone-else", OutputStream.nullOutputStream()).get().rows())
                    .as("the slots are free again").isPositive();
        } finally {
            clientsMayGoOn.countDown();
            threads.shutdownNow();
        }
    }
}
