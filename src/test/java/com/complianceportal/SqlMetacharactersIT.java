package com.complianceportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.apikey.domain.KeyHolder;
import com.complianceportal.apikey.domain.KeyHolderFilter;
import com.complianceportal.apikey.service.ApiKeyAdministration;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.service.AssessmentCreationService;
import com.complianceportal.assessment.service.AssessmentService;
import com.complianceportal.assessment.service.RegisterOracle;
import com.complianceportal.audit.domain.AuditEvent;
import com.complianceportal.audit.domain.AuditFilter;
import com.complianceportal.audit.service.AuditTrail;
import com.complianceportal.shared.Secret;
import com.complianceportal.user.domain.Role;
import com.complianceportal.user.domain.UserFilter;
import com.complianceportal.user.service.NewUser;
import com.complianceportal.user.service.UserAccount;
import com.complianceportal.user.service.UserAdministration;
import com.complianceportal.user.service.UserRefusedException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * SQL metacharacters and LIKE wildcards in every free-text filter that reaches the database: each is matched
 * literally, exactly as a reference computed in Java over all rows says, nothing fails but a validation refusal, and
 * the tables are all still there afterwards. Users whose names carry the same characters are stored first, so the
 * searches have something literal to find.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sql-sweep;DB_CLOSE_DELAY=-1")
@WithMockUser(username = "boss", roles = {"VIEWER", "ASSESSOR", "ADMIN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlMetacharactersIT {

    static final Secret PASSWORD = Secret.of("Correct horse battery 9");
    static final String BOBBY = "Robert'); DROP TABLE portal_user;--";
    static final String WILD = "Pct 100% under_score back\\slash [a-z] * O'Brien ''quoted'' %' -- x";
    static final List<String> TABLES = List.of("portal_user", "audit_event", "organisation", "assessment",
            "assessed_entity", "assessment_template", "api_key", "created_assessment");

    @Autowired
    AssessmentService register;
    @Autowired
    AssessmentCreationService creation;
    @Autowired
    UserAdministration administration;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApiKeyAdministration keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    static Stream<String> hostile() {
        return Stream.of("%", "_", "\\", "'", "''", "' OR '1'='1", "'; DROP TABLE portal_user; --", "%' --",
                "[a-z]", "*", "NUL \u0000");
    }

    @BeforeEach
    void storeUsersWithMetacharacters() {
        if (administration.users(new UserFilter("robert.tables", null, null), 0, 10).isEmpty()) {
            administration.create(new NewUser("robert.tables", BOBBY, "o'brien@example.com", Role.VIEWER, PASSWORD));
            administration.create(new NewUser("pct_user", WILD, "100%_sure@example.com", Role.ASSESSOR, PASSWORD));
        }
    }

    @Test
    void hostileNamesAreStoredLiterallyAndReadBackEqual() {
        UserAccount bobby = only(administration.users(new UserFilter("robert.tables", null, null), 0, 10));
        assertThat(bobby.displayName()).isEqualTo(BOBBY);
        assertThat(bobby.email()).isEqualTo("o'brien@example.com");
        UserAccount wild = only(administration.users(new UserFilter("pct_user", null, null), 0, 10));
        assertThat(wild.displayName()).isEqualTo(WILD);
        assertThat(wild.email()).isEqualTo("100%_sure@example.com");
        assertThat(administration.user(bobby.id()).orElseThrow().displayName()).isEqualTo(BOBBY);
        assertTablesExist();
    }

    @Test
    void hostileUserNamesAndControlCharactersAreRefusedCleanly() {
        assertThatThrownBy(() -> administration.create(new NewUser("x' OR '1'='1", "X", null, Role.VIEWER, PASSWORD)))
                .isInstanceOfSatisfying(UserRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(UserRefusedException.Field.USERNAME));
        assertThatThrownBy(() -> administration.create(new NewUser("nul.user", "NUL \u0000", null, Role.VIEWER,
                PASSWORD))).isInstanceOfSatisfying(UserRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(UserRefusedException.Field.DISPLAY_NAME));
        assertThatThrownBy(() -> administration.create(new NewUser("mail.user", "Mail", "'; DROP TABLE x; --",
                Role.VIEWER, PASSWORD))).isInstanceOfSatisfying(UserRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo(UserRefusedException.Field.EMAIL));
        assertThat(administration.users(new UserFilter("nul.user", null, null), 0, 10)).isEmpty();
        assertTablesExist();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void registerFreeTextMatchesLiterally(String input) {
        AssessmentFilter filter = AssessmentFilter.NONE.withText(input);
        assertRegister(filter);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void registerValueFiltersFindNothingForOddValues(String input) {
        for (AssessmentFilter filter : List.of(
                new AssessmentFilter(null, Set.of(), input, null, null, null, null, null, null, false, null, false),
                new AssessmentFilter(null, Set.of(), null, input, null, null, null, null, null, false, null, false),
                new AssessmentFilter(null, Set.of(), null, null, input, null, null, null, null, false, null, false),
                AssessmentFilter.NONE.withCountry(input),
                new AssessmentFilter(null, Set.of(), null, null, null, null, input, null, null, false, null, false),
                AssessmentFilter.status(input))) {
            assertThat(register.count(filter)).as("%s", filter).isZero();
            assertRegister(filter);
        }
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void entityPickerMatchesLiterally(String input) {
        List<EntityOption> all = pages((offset, limit) -> creation.entities("", offset, limit), 100);
        String wanted = input.strip().toLowerCase(Locale.ROOT);
        Set<String> countries = countries(wanted);
        Set<Object> expected = all.stream()
                .filter(e -> contains(e.name(), wanted) || contains(e.type(), wanted) || contains(e.country(), wanted)
                        || contains(e.orgId(), wanted) || countries.contains(e.country()))
                .map(EntityOption::id).collect(Collectors.toSet());
        List<EntityOption> found = pages((offset, limit) -> creation.entities(input, offset, limit), 100);
        assertThat(found.stream().map(EntityOption::id).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(creation.countEntities(input)).isEqualTo(expected.size());
        assertTablesExist();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void userSearchMatchesLiterally(String input) {
        List<UserAccount> all = pages((offset, limit) -> administration.users(UserFilter.NONE, offset, limit), 100);
        String wanted = input.strip().toLowerCase(Locale.ROOT);
        Set<Object> expected = all.stream()
                .filter(u -> u.username().contains(wanted) || contains(u.displayName(), wanted)
                        || contains(u.email(), wanted))
                .map(UserAccount::id).collect(Collectors.toSet());
        UserFilter filter = new UserFilter(input, null, null);
        List<UserAccount> found = pages((offset, limit) -> administration.users(filter, offset, limit), 100);
        assertThat(found.stream().map(UserAccount::id).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(administration.count(filter)).isEqualTo(expected.size());
        assertTablesExist();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void keyHolderSearchMatchesLiterally(String input) {
        List<KeyHolder> all = pages((offset, limit) -> keys.holders(KeyHolderFilter.NONE, false, offset, limit), 100);
        String wanted = input.strip().toLowerCase(Locale.ROOT);
        Set<Object> expected = all.stream()
                .filter(h -> h.username().contains(wanted) || contains(h.displayName(), wanted))
                .map(KeyHolder::userId).collect(Collectors.toSet());
        KeyHolderFilter filter = new KeyHolderFilter(input, Set.of());
        List<KeyHolder> found = pages((offset, limit) -> keys.holders(filter, false, offset, limit), 100);
        assertThat(found.stream().map(KeyHolder::userId).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(keys.count(filter)).isEqualTo(expected.size());
        assertTablesExist();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void auditActorAndTargetMatchLiterally(String input) {
        List<AuditEvent> all = pages((offset, limit) -> audit.page(AuditFilter.NONE, offset, limit), 500);
        String value = input.strip();
        AuditFilter byActor = new AuditFilter(input, Set.of(), null, null, null);
        assertThat(ids(pages((offset, limit) -> audit.page(byActor, offset, limit), 500))).isEqualTo(ids(all.stream()
                .filter(e -> e.username().equals(value) || e.username().equals(value.toLowerCase(Locale.ROOT)))
                .toList()));
        AuditFilter byTarget = new AuditFilter(null, Set.of(), input, null, null);
        List<AuditEvent> expected = all.stream().filter(e -> e.target() != null && e.target().startsWith(value))
                .toList();
        assertThat(ids(pages((offset, limit) -> audit.page(byTarget, offset, limit), 500))).isEqualTo(ids(expected));
        assertThat(audit.count(byTarget)).isEqualTo(expected.size());
        assertTablesExist();
    }

    @Test
    void auditTargetWildcardsAreLiteral() {
        // User creation is audited with the user name as target: "pct_user" exists, but "pct%" and "p_t" find it not.
        assertThat(audit.count(new AuditFilter(null, Set.of(), "pct_", null, null))).isPositive();
        assertThat(audit.count(new AuditFilter(null, Set.of(), "pct%", null, null))).isZero();
        assertThat(audit.count(new AuditFilter(null, Set.of(), "p_t", null, null))).isZero();
    }

    @AfterAll
    void tablesSurviveTheSweep() {
        assertTablesExist();
    }

    private void assertRegister(AssessmentFilter filter) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<AssessmentSummary> all = new ArrayList<>();
        register.stream(AssessmentFilter.NONE, List.of(), all::add);
        Set<String> expected = all.stream().filter(s -> RegisterOracle.matches(s, filter, today))
                .map(AssessmentSummary::assessmentId).collect(Collectors.toSet());
        List<AssessmentSummary> streamed = new ArrayList<>();
        register.stream(filter, List.of(), streamed::add);
        assertThat(streamed.stream().map(AssessmentSummary::assessmentId).collect(Collectors.toSet()))
                .as("%s", filter).isEqualTo(expected);
        var page = register.search(filter, List.of(), 0, AssessmentService.MAX_PAGE_SIZE);
        assertThat(page.total()).isEqualTo(expected.size());
        assertThat(register.count(filter)).isEqualTo(expected.size());
        assertThat(page.rows()).allSatisfy(s -> assertThat(expected).contains(s.assessmentId()));
        assertTablesExist();
    }

    private void assertTablesExist() {
        for (String table : TABLES) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table)
                    .isNotNegative();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_user WHERE username = 'robert.tables'").query(Long.class)
                .single()).isOne();
    }

    /** Country codes whose English name contains the text, as the entity picker reads them (3 letters or more). */
    private static Set<String> countries(String wanted) {
        return wanted.length() < 3 ? Set.of() : Arrays.stream(Locale.getISOCountries())
                .filter(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT)
                        .contains(wanted))
                .collect(Collectors.toSet());
    }

    private static boolean contains(@Nullable String value, String lowerPart) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerPart);
    }

    private static List<Long> ids(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::id).toList();
    }

    private static <T> List<T> pages(BiFunction<Integer, Integer, List<T>> page, int size) {
        List<T> all = new ArrayList<>();
        for (int offset = 0; ; offset += size) {
            List<T> rows = page.apply(offset, size);
            all.addAll(rows);
            if (rows.size() < size) {
                return all;
            }
        }
    }

    private static <T> T only(List<T> rows) {
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
