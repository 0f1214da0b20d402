package com.complianceportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Every public method of every service bean (the beans of the {@code service} packages and every bean with an access
 * annotation), found by reflection and called through its Spring proxy as an anonymous visitor and as a demo viewer,
 * assessor and administrator, against the rule written down here: a method added without a rule fails. The calls use
 * dummy arguments on a database of their own; a call that fails for any reason but a denial got past the check.
 * Methods for the portal's own use (sign-in, auditing, start-up) are INTERNAL: they carry no access annotation, are
 * not called here, and no view may depend on their beans.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:access-matrix;DB_CLOSE_DELAY=-1")
class ServiceAccessMatrixTest {

    /** Who may call a method. */
    enum Rule {
        /** Only without a signed-in user: the steps of the sign-in itself. */
        ANONYMOUS_ONLY,
        /** Anyone, signed in or not (an explicit {@code permitAll()}). */
        ANYONE,
        VIEWER,
        ASSESSOR,
        ADMIN,
        /** For the portal's own use, with no user: no access annotation, not reachable from a view. */
        INTERNAL
    }

    /** The caller: anonymous, or one of the demo users with the authorities the portal grants that role. */
    enum Caller {
        ANONYMOUS(null, 0),
        VIEWER("viewer", 1),
        ASSESSOR("assessor", 2),
        ADMIN("admin", 3);

        final String username;
        final int rank;

        Caller(String username, int rank) {
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

        boolean allowed(Rule rule) {
            return switch (rule) {
                case ANONYMOUS_ONLY -> this == ANONYMOUS;
                case ANYONE, INTERNAL -> true;
                case VIEWER, ASSESSOR, ADMIN -> rank >= Caller.valueOf(rule.name()).rank;
            };
        }
    }

    /** The access rule of every public service method, by simple class name and method name. */
    static final Map<String, Rule> MATRIX = Map.ofEntries(
            // The code step of the sign-in: only before the session is signed in.
            Map.entry("SecondStep#verify", Rule.ANONYMOUS_ONLY),
            Map.entry("SecondStep#offerEnrolment", Rule.ANONYMOUS_ONLY),
            Map.entry("SecondStep#confirmEnrolment", Rule.ANONYMOUS_ONLY),
            // Called by the password step of the sign-in, whether or not a second step follows.
            Map.entry("SecondStep#begin", Rule.ANYONE),
            // Every signed-in role: the register, exports, and the own account, keys, preferences and two-step sign-in.
            Map.entry("AccountService#changePassword", Rule.VIEWER),
            Map.entry("AccountService#endMyOtherSessions", Rule.VIEWER),
            Map.entry("AccountService#mustChangePassword", Rule.VIEWER),
            Map.entry("AccountService#myAccount", Rule.VIEWER),
            Map.entry("AccountService#myRegionalSettings", Rule.VIEWER),
            Map.entry("AccountService#mySessions", Rule.VIEWER),
            Map.entry("AccountService#setColorScheme", Rule.VIEWER),
            Map.entry("AccountService#setRegionalSettings", Rule.VIEWER),
            Map.entry("ApiKeys#forCurrentUser", Rule.VIEWER),
            Map.entry("AssessmentExporter#fileName", Rule.VIEWER),
            Map.entry("AssessmentExporter#write", Rule.VIEWER),
            Map.entry("AssessmentService#capabilities", Rule.VIEWER),
            Map.entry("AssessmentService#count", Rule.VIEWER),
            Map.entry("AssessmentService#dashboard", Rule.VIEWER),
            Map.entry("AssessmentService#find", Rule.VIEWER),
            Map.entry("AssessmentService#rows", Rule.VIEWER),
            Map.entry("AssessmentService#search", Rule.VIEWER),
            Map.entry("AssessmentService#stream", Rule.VIEWER),
            Map.entry("MfaAccount#confirmEnrolment", Rule.VIEWER),
            Map.entry("MfaAccount#disable", Rule.VIEWER),
            Map.entry("MfaAccount#regenerateRecoveryCodes", Rule.VIEWER),
            Map.entry("MfaAccount#startEnrolment", Rule.VIEWER),
            Map.entry("MfaAccount#status", Rule.VIEWER),
            Map.entry("MyApiKeys#mine", Rule.VIEWER),
            Map.entry("PreferenceService#get", Rule.VIEWER),
            Map.entry("PreferenceService#put", Rule.VIEWER),
            // Creating assessments.
            Map.entry("AssessmentCreationService#countEntities", Rule.ASSESSOR),
            Map.entry("AssessmentCreationService#create", Rule.ASSESSOR),
            Map.entry("AssessmentCreationService#entities", Rule.ASSESSOR),
            Map.entry("AssessmentCreationService#templates", Rule.ASSESSOR),
            // Administration: users and their sessions, two-step resets, sign-in delays, API keys, the audit trail.
            Map.entry("ApiKeyAdministration#count", Rule.ADMIN),
            Map.entry("ApiKeyAdministration#holder", Rule.ADMIN),
            Map.entry("ApiKeyAdministration#holders", Rule.ADMIN),
            Map.entry("ApiKeyAdministration#revoke", Rule.ADMIN),
            Map.entry("ApiKeyAdministration#set", Rule.ADMIN),
            Map.entry("ApiKeyTesting#available", Rule.ADMIN),
            Map.entry("ApiKeyTesting#test", Rule.ADMIN),
            Map.entry("AuditTrail#count", Rule.ADMIN),
            Map.entry("AuditTrail#export", Rule.ADMIN),
            Map.entry("AuditTrail#page", Rule.ADMIN),
            Map.entry("MfaAdministration#enrolled", Rule.ADMIN),
            Map.entry("MfaAdministration#reset", Rule.ADMIN),
            Map.entry("SignInDelays#delayedUntil", Rule.ADMIN),
            Map.entry("SignInDelays#unlock", Rule.ADMIN),
            Map.entry("UserAdministration#changeRole", Rule.ADMIN),
            Map.entry("UserAdministration#count", Rule.ADMIN),
            Map.entry("UserAdministration#create", Rule.ADMIN),
            Map.entry("UserAdministration#disable", Rule.ADMIN),
            Map.entry("UserAdministration#enable", Rule.ADMIN),
            Map.entry("UserAdministration#endAllSessions", Rule.ADMIN),
            Map.entry("UserAdministration#endSession", Rule.ADMIN),
            Map.entry("UserAdministration#resetPassword", Rule.ADMIN),
            Map.entry("UserAdministration#sessions", Rule.ADMIN),
            Map.entry("UserAdministration#unlock", Rule.ADMIN),
            Map.entry("UserAdministration#user", Rule.ADMIN),
            Map.entry("UserAdministration#users", Rule.ADMIN),
            // Written by other services, the sign-in and sign-out handlers, without a user of their own.
            Map.entry("AuditLog#record", Rule.INTERNAL),
            Map.entry("SignOutAudit#logout", Rule.INTERNAL),
            // The current user of an already-authorised call.
            Map.entry("CurrentUser#id", Rule.INTERNAL),
            Map.entry("CurrentUser#user", Rule.INTERNAL),
            Map.entry("CurrentUser#username", Rule.INTERNAL),
            Map.entry("SessionStandings#stands", Rule.INTERNAL),
            // The password step of the sign-in (Spring Security's user details service) and its throttle.
            Map.entry("PortalUserDetailsService#loadUserByUsername", Rule.INTERNAL),
            Map.entry("PortalUserDetailsService#updatePassword", Rule.INTERNAL),
            Map.entry("SignInThrottle#check", Rule.INTERNAL),
            // Start-up and operator tasks.
            Map.entry("DemoUsers#run", Rule.INTERNAL),
            Map.entry("MasterKeyRotation#rotate", Rule.INTERNAL),
            Map.entry("MasterKeyRotation#verify", Rule.INTERNAL),
            Map.entry("StoredKeysCheck#afterSingletonsInstantiated", Rule.INTERNAL),
            Map.entry("TotpSecretsRotation#afterSingletonsInstantiated", Rule.INTERNAL));

    @Autowired
    ApplicationContext context;

    @AfterEach
    void noCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_public_service_method_has_a_rule() {
        Set<String> found = serviceMethods().keySet();
        List<String> missing = found.stream().filter(m -> !MATRIX.containsKey(m))
                .map(m -> "new service method " + m + " has no access rule in the matrix").toList();
        assertThat(missing).isEmpty();
        assertThat(found).as("rules for methods that no longer exist").containsAll(MATRIX.keySet());
    }

    @Test
    void internal_methods_carry_no_access_annotation_and_no_view_depends_on_their_beans() {
        Set<Class<?>> internal = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        serviceMethods().forEach((key, target) -> {
            if (MATRIX.get(key) != Rule.INTERNAL) {
                return;
            }
            internal.add(target.type());
            if (secured(target.method()) || secured(target.type())) {
                wrong.add(key + " is INTERNAL in the matrix but carries an access annotation");
            }
        });
        for (Class<?> view : uiClasses()) {
            Stream.concat(Stream.of(view.getDeclaredConstructors()).flatMap(c -> Stream.of(c.getParameterTypes())),
                    Stream.of(view.getDeclaredFields()).map(f -> f.getType()))
                    .filter(internal::contains).distinct()
                    .forEach(t -> wrong.add(view.getName() + " depends on the internal " + t.getSimpleName()));
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void every_public_service_method_is_open_or_refused_as_the_matrix_says(Caller caller) {
        List<String> wrong = new ArrayList<>();
        serviceMethods().forEach((key, target) -> {
            Rule rule = MATRIX.get(key);
            if (rule == null) {
                wrong.add("new service method " + key + " has no access rule in the matrix");
                return;
            }
            if (rule == Rule.INTERNAL) {
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(caller.authentication());
            boolean denied;
            try {
                denied = callDenied(target);
            } finally {
                SecurityContextHolder.clearContext();
            }
            if (denied == caller.allowed(rule)) {
                wrong.add(key + " as " + caller + " (rule " + rule + "): " + (denied ? "refused" : "allowed"));
            }
        });
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    /** A public method of a service bean and the bean (its Spring proxy) to call it on. */
    record Target(String beanName, Class<?> type, Method method) {
    }

    /** Every public method declared by a service bean's class, keyed {@code Class#method}. */
    private Map<String, Target> serviceMethods() {
        Map<String, Target> methods = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            if (name.startsWith("scopedTarget.")) {
                continue;
            }
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            type = ClassUtils.getUserClass(type);
            if (!isService(type)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge()) {
                    methods.putIfAbsent(type.getSimpleName() + "#" + method.getName(),
                            new Target(name, type, method));
                }
            }
        }
        return methods;
    }

    private static boolean isService(Class<?> type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith("com.complianceportal") || pkg.contains(".ui") || type.isRecord()) {
            return false;
        }
        return pkg.contains(".service") || secured(type)
                || Stream.of(type.getDeclaredMethods()).anyMatch(ServiceAccessMatrixTest::secured);
    }

    private static boolean secured(AnnotatedElement element) {
        List<Class<? extends Annotation>> annotations = List.of(PreAuthorize.class, RolesAllowed.class,
                Secured.class);
        return annotations.stream().anyMatch(a -> AnnotatedElementUtils.hasAnnotation(element, a));
    }

    /** Calls the method through the proxy with dummy arguments: whether the access check refused the call. */
    private boolean callDenied(Target target) {
        Object bean = context.getBean(target.beanName());
        Method method = target.method();
        Object[] arguments = Stream.of(method.getParameterTypes()).map(ServiceAccessMatrixTest::dummy).toArray();
        try {
            Method onProxy = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
            onProxy.setAccessible(true);
            onProxy.invoke(bean, arguments);
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return cause instanceof AccessDeniedException
                    || cause instanceof AuthenticationCredentialsNotFoundException;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AssertionError("could not call " + target, e);
        }
    }

    private static Object dummy(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'x';
        }
        if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "long" -> 0L;
                case "int" -> 0;
                case "short" -> (short) 0;
                case "byte" -> (byte) 0;
                case "double" -> 0.0;
                case "float" -> 0.0f;
                default -> throw new IllegalArgumentException(type.getName());
            };
        }
        if (type == String.class) {
            return "";
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    /** Every class of the portal's {@code ui} packages (not the tests). */
    private static Set<Class<?>> uiClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().contains(".ui."));
        Set<Class<?>> classes = new HashSet<>();
        Set<String> names = new TreeSet<>();
        scanner.findCandidateComponents("com.complianceportal").forEach(d -> names.add(d.getBeanClassName()));
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, ServiceAccessMatrixTest.class.getClassLoader());
                if (!type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new AssertionError(name, e);
            }
        }
        return classes;
    }
}
