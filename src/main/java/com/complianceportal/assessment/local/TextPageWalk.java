package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.shared.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page of a free-text search found by walking the register in the requested order (through the sort's index,
 * narrowed by the other filters) and keeping the rows the text matches, until the page is full. A broad word (one
 * row in fifteen) fills a page after some hundred rows instead of sorting its whole set; the organisations whose
 * name contains the text are known in memory, so each row is matched by a set lookup. The walk gives up after
 * {@link #BUDGET} rows, and the caller then asks the database for the page instead.
 */
final class TextPageWalk {

    /** Most rows one page may walk before the database is asked instead. */
    static final int BUDGET = 20_000;
    /** Rows a page is expected to walk, at most, for a walk to be tried. */
    static final int EXPECTED = 5_000;
    /** Rows fetched at a time while walking. */
    private static final int FETCH = 500;
    /** Digits and dashes: the shape of assessment ids and case ids, as {@link RegisterQuerySql} matches them. */
    private static final Pattern ID_PREFIX = Pattern.compile("[0-9][0-9-]{0,31}");

    /** What a row must have to match the text: an organisation from the set, or an id that starts with the text. */
    record TextMatch(Set<String> organisations, @Nullable String idPrefix) {

        static TextMatch of(String text, Set<String> organisations) {
            return new TextMatch(organisations, ID_PREFIX.matcher(text).matches() ? text : null);
        }

        boolean matches(String assessedOrgId, @Nullable String requesterOrgId, @Nullable String assessmentId,
                @Nullable String caseId) {
            return organisations.contains(assessedOrgId)
                    || requesterOrgId != null && organisations.contains(requesterOrgId)
                    || idPrefix != null && (assessmentId != null && assessmentId.startsWith(idPrefix)
                            || caseId != null && caseId.startsWith(idPrefix));
        }
    }

    private TextPageWalk() {
    }

    /**
     * True when a page at {@code offset} can be expected within the budget: {@code matching} of {@code walkable}
     * rows match the text, so about {@code (offset + limit) * walkable / matching} rows are walked.
     */
    static boolean worthWalking(int offset, int limit, long matching, long walkable) {
        return matching > 0 && (double) (offset + limit) * walkable / matching <= EXPECTED;
    }

    /**
     * The ids of {@code limit} matching rows from the {@code offset}th, in order, or nothing when the walk ran out of
     * budget. The rows are read as the database produces them (lazily on H2, in batches on PostgreSQL) and the read stops at the page's end.
     */
    static Optional<List<String>> page(JdbcTemplate template, RegisterQuerySql where, List<AssessmentSort> sort,
            TextMatch match, int offset, int limit) {
        RegisterQuerySql.Sql sql = where.walk(sort, match.idPrefix() != null);
        return template.execute((Connection connection) -> {
            SqlDialect dialect = SqlDialect.of(connection);
            // H2 reads lazily when asked to; PostgreSQL's driver fetches in batches only inside a transaction.
            boolean ownTransaction = dialect == SqlDialect.POSTGRESQL && connection.getAutoCommit();
            if (dialect == SqlDialect.H2) {
                lazy(connection, true);
            } else if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql.text(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH);
                for (int i = 0; i < sql.params().size(); i++) {
                    statement.setObject(i + 1, sql.params().get(i));
                }
                return walk(statement, match, offset, limit);
            } finally {
                if (dialect == SqlDialect.H2) {
                    lazy(connection, false);
                } else if (ownTransaction) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        });
    }

    private static Optional<List<String>> walk(PreparedStatement statement, TextMatch match, int offset, int limit)
            throws SQLException {
        List<String> page = new ArrayList<>(limit);
        int skipped = 0;
        int walked = 0;
        try (ResultSet rs = statement.executeQuery()) {
            while (page.size() < limit) {
                if (!rs.next()) {
                    return Optional.of(page);
                }
                if (++walked > BUDGET) {
                    return Optional.empty();
                }
                if (match.matches(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))) {
                    if (skipped < offset) {
                        skipped++;
                    } else {
                        page.add(rs.getString(1));
                    }
                }
            }
        }
        return Optional.of(page);
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }
}
