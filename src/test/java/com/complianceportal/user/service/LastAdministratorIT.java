package com.complianceportal.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The portal always keeps an active administrator: the last one can be neither disabled nor demoted, also when two
 * administrators each try to remove the other at the same moment. While a test runs, the demo administrator (and any
 * other administrator earlier tests left) is made a viewer, and put back afterwards.
 */
@SpringBootTest
@WithMockUser(username = "boss", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
class LastAdministratorIT {

    @Autowired
    UserAdministration administration;
    @Autowired
    PortalUserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    private List<Long> setAside = List.of();

    @BeforeEach
    void onlyTheTestsAdministrators() {
        users.findAll().stream().filter(u -> u.username().startsWith("la-")).forEach(users::delete);
        setAside = jdbc.queryForList("SELECT id FROM portal_user WHERE role = 'ADMIN' AND enabled", Long.class);
        setAside.forEach(id -> jdbc.update("UPDATE portal_user SET role = 'VIEWER' WHERE id = ?", id));
    }

    @AfterEach
    void restore() {
        setAside.forEach(id -> jdbc.update("UPDATE portal_user SET role = 'ADMIN' WHERE id = ?", id));
        users.findAll().stream().filter(u -> u.username().startsWith("la-")).forEach(users::delete);
    }

    private long admin(String username) {
        Long id = users.save(PortalUser.create(username, username, "{noop}unused", Role.ADMIN, Instant.now())).id();
        return id == null ? 0 : id;
    }

    @Test
    void the_only_active_administrator_can_be_neither_disabled_nor_demoted() {
        long only = admin("la-only");

        assertThatThrownBy(() -> administration.disable(only)).isInstanceOf(LastAdministratorException.class)
                .hasMessageContaining("only active administrator");
        assertThatThrownBy(() -> administration.changeRole(only, Role.ASSESSOR))
                .isInstanceOf(LastAdministratorException.class);
        PortalUser stored = users.findById(only).orElseThrow();
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void with_a_second_active_administrator_either_may_go_but_a_disabled_one_does_not_count() {
        long first = admin("la-first");
        long second = admin("la-second");

        administration.disable(second);
        assertThatThrownBy(() -> administration.changeRole(first, Role.VIEWER))
                .isInstanceOf(LastAdministratorException.class);
        administration.enable(second);
        administration.changeRole(first, Role.VIEWER);
        assertThat(users.findById(first).orElseThrow().role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void two_administrators_removing_each_other_at_the_same_moment_leave_one() throws Exception {
        for (int round = 0; round < 5; round++) {
            users.findAll().stream().filter(u -> u.username().startsWith("la-")).forEach(users::delete);
            long first = admin("la-first");
            long second = admin("la-second");
            var barrier = new CyclicBarrier(2);
            List<Callable<Boolean>> attempts = List.of(
                    () -> asAdministrator(barrier, () -> administration.disable(first)),
                    () -> asAdministrator(barrier, () -> administration.changeRole(second, Role.VIEWER)));
            List<Boolean> outcomes = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (Future<Boolean> outcome : pool.invokeAll(attempts)) {
                    outcomes.add(outcome.get());
                }
            }
            assertThat(outcomes).as("exactly one of the two succeeds").containsExactlyInAnyOrder(true, false);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_user WHERE role = 'ADMIN' AND enabled"
                    + " AND username LIKE 'la-%'", Long.class)).isEqualTo(1);
        }
    }

    private static boolean asAdministrator(CyclicBarrier barrier, Runnable action) throws Exception {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("boss", null,
                AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_ASSESSOR", "ROLE_ADMIN")));
        SecurityContextHolder.setContext(context);
        try {
            barrier.await();
            action.run();
            return true;
        } catch (LastAdministratorException refused) {
            return false;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
