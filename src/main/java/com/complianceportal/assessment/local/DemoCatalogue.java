package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.StakeholderDetails.Party;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the entity and template tables for the demo profile, once, when they are empty. The demo entities are sites
 * with no assessment in the register yet, so each of them can be assessed from every template.
 */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "local", matchIfMissing = true)
@Profile("demo & !prod")
@Order(20)
class DemoCatalogue implements ApplicationRunner {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoCatalogue(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(@Nullable ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("SELECT COUNT(*) FROM assessment_template").query(Long.class).single() == 0) {
                templates();
            }
            if (jdbc.sql("SELECT COUNT(*) FROM assessed_entity").query(Long.class).single() == 0) {
                entities(DemoEntities.generate());
            }
        });
    }

    private void templates() {
        for (int i = 0; i < DemoTemplates.ALL.size(); i++) {
            LocalCatalogue.Template t = DemoTemplates.ALL.get(i);
            jdbc.sql("""
                    INSERT INTO assessment_template (id, position, name, description, assessment_type, standard_name,
                        standard_version, workflow_name, retired) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(t.id(), i, t.name(), DemoTemplates.DESCRIPTIONS.get(i), t.assessmentType(),
                            t.standardName(), t.standardVersion(), t.workflowName(), t.retired())
                    .update();
        }
    }

    private void entities(List<DemoEntities.Entity> entities) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (RegisterWriter writer = new RegisterWriter(connection)) {
            for (DemoEntities.Entity entity : entities) {
                writer.organisation(entity.site());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo entities not written", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        for (DemoEntities.Entity entity : entities) {
            Party site = entity.site();
            jdbc.sql("INSERT INTO assessed_entity (id, organisation_id, entity_type) VALUES (?, ?, ?)")
                    .params(entity.id(), site.organisation().id(), site.organisation().type()).update();
        }
    }
}
