package com.complianceportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.base.ui.error.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Every route of the portal, taken from Vaadin's route registry at run time, opened by an anonymous visitor and by a
 * demo viewer, assessor and administrator, against the rule written down here: a route added without a rule fails.
 * Refused means what the portal does: the login page for an anonymous visitor, "page not found" for a signed-in user
 * whose role may not open it.
 */
@SpringBootTest
@WithAnonymousUser
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    /** Who may open a route. */
    enum Rule {
        /** Open to visitors who are not signed in; a signed-in user is sent on into the portal. */
        SIGN_IN,
        /** Any signed-in user, whatever the role. */
        SIGNED_IN,
        VIEWER,
        ASSESSOR,
        ADMIN
    }

    /** The visitor: anonymous, or one of the demo users with the authorities the portal grants that role. */
    enum Visitor {
        ANONYMOUS(null, 0),
        VIEWER("viewer", 1),
        ASSESSOR("assessor", 2),
        ADMIN("admin", 3);

        final String username;
        final int rank;

        Visitor(String username, int rank) {
            this.username = username;
            this.rank = rank;
        }

        Authentication authentication() {
            if (username == null) {
                return new AnonymousAuthenticationToken("matrix", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            }
            List<String> roles = List.of("ROLE_VIEWER", "ROLE_ASSESSOR", "ROLE_ADMIN").subList(0, rank);
            return UsernamePasswordAuthenticationToken.authenticated(username, null,
                    AuthorityUtils.createAuthorityList(roles));
        }
    }

    /** The access rule of every route template. */
    static final Map<String, Rule> MATRIX = Map.ofEntries(
            Map.entry("login", Rule.SIGN_IN),
            Map.entry("login/code", Rule.SIGN_IN),
            Map.entry("change-password", Rule.SIGNED_IN),
            Map.entry("account", Rule.SIGNED_IN),
            Map.entry("", Rule.VIEWER),
            Map.entry("assessments", Rule.VIEWER),
            Map.entry("assessments/:id", Rule.VIEWER),
            Map.entry("assessments/new", Rule.ASSESSOR),
            Map.entry("admin/users", Rule.ADMIN),
            Map.entry("admin/api-keys", Rule.ADMIN),
            Map.entry("admin/audit", Rule.ADMIN));

    @Autowired
    AssessmentService assessments;

    @AfterEach
    void anonymousAgain() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_route_in_the_registry_has_a_rule_and_every_annotated_view_is_registered() {
        Map<String, Class<? extends Component>> routes = registeredRoutes();
        List<String> missing = routes.keySet().stream().filter(r -> !MATRIX.containsKey(r))
                .map(r -> "new route /" + r + " (" + routes.get(r).getSimpleName()
                        + ") has no access rule in the matrix")
                .toList();
        assertThat(missing).isEmpty();
        assertThat(routes.keySet()).as("rules for routes that no longer exist").containsAll(MATRIX.keySet());

        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> annotated = new TreeSet<>();
        scanner.findCandidateComponents("com.complianceportal").forEach(d -> annotated.add(d.getBeanClassName()));
        Set<String> registered = new TreeSet<>();
        routes.values().forEach(c -> registered.add(c.getName()));
        assertThat(registered).as("@Route classes in the registry").containsAll(annotated);
    }

    @ParameterizedTest
    @EnumSource(Visitor.class)
    void every_route_is_open_or_refused_as_the_matrix_says(Visitor visitor) {
        String sampleId = sampleAssessmentId();
        SecurityContextHolder.getContext().setAuthentication(visitor.authentication());
        List<String> wrong = new ArrayList<>();
        registeredRoutes().forEach((template, target) -> {
            Rule rule = MATRIX.get(template);
            if (rule == null) {
                wrong.add("new route /" + template + " has no access rule in the matrix");
                return;
            }
            String address = template.replace(":id", sampleId);
            navigate(address, Component.class);
            Class<?> landed = getCurrentView().getClass();
            Class<?> expected = expectedView(rule, visitor, target, template);
            if (!Objects.equals(landed, expected)) {
                wrong.add("/" + address + " as " + visitor + " (rule " + rule + "): expected "
                        + expected.getSimpleName() + " but got " + landed.getSimpleName());
            }
        });
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    /** Where the portal sends the visitor: the route's own view when allowed, else the login page or "not found". */
    private static Class<?> expectedView(Rule rule, Visitor visitor, Class<?> target, String template) {
        Class<?> login = loginView();
        boolean signedIn = visitor != Visitor.ANONYMOUS;
        return switch (rule) {
            // Without a pending password step the code page sends to the login page; signed in, both go to the portal.
            case SIGN_IN -> signedIn ? dashboardView() : template.equals("login/code") ? login : target;
            case SIGNED_IN -> signedIn ? target : login;
            case VIEWER, ASSESSOR, ADMIN -> !signedIn ? login
                    : visitor.rank >= Visitor.valueOf(rule.name()).rank ? target : NotFoundView.class;
        };
    }

    private static Class<?> loginView() {
        return routeTarget("login");
    }

    private static Class<?> dashboardView() {
        return routeTarget("");
    }

    private static Class<?> routeTarget(String template) {
        return Objects.requireNonNull(registeredRoutes().get(template), template);
    }

    private static Map<String, Class<? extends Component>> registeredRoutes() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (RouteBaseData<?> data : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.put(data.getTemplate(), data.getNavigationTarget());
        }
        return routes;
    }

    /** A real assessment id for {@code assessments/:id}, read as an administrator. */
    private String sampleAssessmentId() {
        SecurityContextHolder.getContext().setAuthentication(Visitor.ADMIN.authentication());
        try {
            return assessments.search(AssessmentFilter.status("Submitted"), List.of(), 0, 1).rows().getFirst()
                    .assessmentId();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
