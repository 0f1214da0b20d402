package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentTemplate;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.EntityOption;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.assessment.domain.Standard;
import com.complianceportal.assessment.service.AssessmentCatalogue;
import com.complianceportal.assessment.service.WorkflowStarter;
import com.complianceportal.shared.db.SqlText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating assessments in the portal's own database; the pickers read the entity and template tables. */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "local", matchIfMissing = true)
class LocalAssessmentCreation implements AssessmentCatalogue, WorkflowStarter {

    /** Attempts of one create when a concurrent create for another entity took the same case number first. */
    static final int ATTEMPTS = 3;
    private static final String ENTITIES = """
            FROM assessed_entity e JOIN organisation o ON o.id = e.organisation_id
            WHERE LOWER(o.name) LIKE :pattern ESCAPE '\\' OR LOWER(e.entity_type) LIKE :pattern ESCAPE '\\'
               OR LOWER(o.country) LIKE :pattern ESCAPE '\\' OR o.country IN (:countries)
               OR LOWER(o.org_id) LIKE :pattern ESCAPE '\\'""";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;
    private final LocalCreate work;

    LocalAssessmentCreation(JdbcClient jdbc, PlatformTransactionManager transactions, LocalCreate work) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.transaction = new TransactionTemplate(transactions);
        this.work = work;
    }

    @Override
    public List<EntityOption> entities(String filter, int offset, int limit) {
        return jdbc.sql("SELECT e.id, o.name, o.org_id, e.entity_type, o.country " + ENTITIES
                        + " ORDER BY o.name, e.id LIMIT :limit OFFSET :offset")
                .param("pattern", pattern(filter)).param("countries", countries(filter))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new EntityOption(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        rs.getString("org_id"), rs.getString("entity_type"), rs.getString("country")))
                .list();
    }

    @Override
    public int countEntities(String filter) {
        return jdbc.sql("SELECT COUNT(*) " + ENTITIES).param("pattern", pattern(filter))
                .param("countries", countries(filter)).query(Integer.class).single();
    }

    @Override
    public List<AssessmentTemplate> templates() {
        return jdbc.sql("SELECT * FROM assessment_template ORDER BY position, name")
                .query((rs, n) -> new AssessmentTemplate(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        rs.getString("description"), rs.getString("assessment_type"),
                        new Standard(rs.getString("standard_name"), rs.getString("standard_version")),
                        rs.getString("workflow_name"), rs.getBoolean("retired")))
                .list();
    }

    @Override
    public CreationResult start(NewAssessmentRequest request, String requestedBy) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.create(request, requestedBy));
            } catch (DuplicateKeyException raced) {
                // The next attempt takes the next case number.
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    @Override
    public Optional<String> outcomeName(String id) {
        return readOnly.execute(status -> jdbc.sql("SELECT name FROM outcome WHERE id = ?").param(id)
                .query(String.class).optional());
    }

    /** Codes of the countries whose English name contains {@code filter} ("china" finds CN); never empty for SQL. */
    static List<String> countries(String filter) {
        String wanted = filter.toLowerCase(Locale.ROOT);
        List<String> codes = wanted.length() < 3 ? List.of() : Arrays.stream(Locale.getISOCountries())
                .filter(code -> Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT)
                        .contains(wanted))
                .toList();
        return codes.isEmpty() ? List.of("") : codes;
    }

    /** A LIKE pattern for "contains", with the user's own % and _ taken literally. */
    static String pattern(String filter) {
        String escaped = filter.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return SqlText.bindable("%" + escaped + "%");
    }
}
