package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentVocabulary;
import com.complianceportal.assessment.domain.Severity;
import com.complianceportal.shared.db.SqlDialect;
import com.complianceportal.shared.db.SqlText;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * Turns a register filter and sort into SQL over the {@code assessment} table (alias {@code a}). Every value is a
 * bind parameter; column names come only from the fixed mapping below.
 */
final class RegisterQuerySql {

    /** CAPA statuses after which a CAPA is no longer overdue. */
    static final List<String> CAPA_DONE = List.of("Closed", "Approved", "Assessment Canceled");
    /** CAPA statuses that can be overdue, listed so that the (CAPA status, CAPA due) index serves the filter. */
    static final List<String> OPEN_CAPA_STATUSES = AssessmentVocabulary.CAPA_STATUSES.stream()
            .filter(s -> !CAPA_DONE.contains(s)).toList();

    /** Sort keys whose column may be empty. */
    private static final Set<AssessmentSort.Field> NULLABLE = EnumSet.of(AssessmentSort.Field.RATING,
            AssessmentSort.Field.SCORE, AssessmentSort.Field.COUNTRY, AssessmentSort.Field.DUE_DATE,
            AssessmentSort.Field.CAPA_STATUS);

    /** Digits and dashes: the shape of assessment ids ("100000-2") and case ids ("100000"). */
    private static final Pattern ID_PREFIX = Pattern.compile("[0-9][0-9-]{0,31}");

    /** Columns the filter fixes to a single value, in the order of the register's composite indexes. */
    private final List<String> sortPrefix = new ArrayList<>();
    private final StringBuilder where = new StringBuilder(" WHERE 1=1");
    private final List<Object> params = new ArrayList<>();
    /** Text search branches (condition on alias {@code a}, parameters); empty without a text filter. */
    private final List<String> textBranches = new ArrayList<>();
    private final Map<String, List<String>> textParams = new HashMap<>();
    private SqlDialect dialect = SqlDialect.H2;

    private RegisterQuerySql() {
    }

    /** The same statements for {@code database} (H2 unless said otherwise). */
    RegisterQuerySql in(SqlDialect database) {
        this.dialect = database;
        return this;
    }

    /** The statements that read the register narrowed to {@code filter}. */
    static RegisterQuerySql where(AssessmentFilter filter, LocalDate today) {
        return where(filter, today, text -> Optional.empty());
    }

    /**
     * As {@link #where(AssessmentFilter, LocalDate)}, with the ids of the organisations whose name contains the search
     * text already known ({@code organisations} gives them, or nothing when there are too many to list).
     */
    static RegisterQuerySql where(AssessmentFilter filter, LocalDate today,
            Function<String, Optional<List<String>>> organisations) {
        RegisterQuerySql sql = new RegisterQuerySql();
        sql.text(filter.text(), organisations);
        if (filter.statuses().size() == 1) {
            sql.equal("a.status", filter.statuses().iterator().next());
            sql.sortPrefix.add("a.status");
        } else if (!filter.statuses().isEmpty()) {
            sql.in("a.status", List.copyOf(filter.statuses()));
        }
        if (filter.country() != null) {
            sql.sortPrefix.add("a.country");
        }
        sql.equal("a.assessment_type", filter.type());
        sql.equal("a.standard_name", filter.standard());
        sql.equal("a.rating", filter.rating());
        sql.equal("a.country", filter.country());
        sql.equal("a.capa_status", filter.capaStatus());
        if (filter.dueFrom() != null) {
            sql.add(" AND a.due_at >= ?", startOf(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            sql.add(" AND a.due_at < ?", startOf(filter.dueTo().plusDays(1)));
        }
        if (filter.overdueOnly()) {
            // Listed, so that the (status, due) index serves the filter.
            sql.in("a.status", AssessmentVocabulary.OPEN_STATUSES);
            sql.add(" AND a.due_at < ?", startOf(today));
        }
        if (filter.findingSeverity() != null) {
            sql.where.append(" AND a.").append(findingColumn(filter.findingSeverity())).append(" > 0");
        }
        if (filter.capaOverdueOnly()) {
            sql.in("a.capa_status", OPEN_CAPA_STATUSES);
            sql.add(" AND a.capa_due_at < ?", startOf(today));
        }
        return sql;
    }

    static String findingColumn(Severity severity) {
        return "findings_" + severity.name().toLowerCase(Locale.ROOT);
    }

    /**
     * ORDER BY for the sort keys, made total by the tie-break of the first key, which follows that key's index: the
     * insertion order in the key's direction, or for status and country the newest first (their indexes carry the
     * update time); assessment ids are unique on their own.
     */
    static String orderBy(List<AssessmentSort> sort, SqlDialect dialect) {
        return " ORDER BY " + orderTerms(sort, dialect).stream().map(t -> t.column() + t.direction())
                .collect(Collectors.joining(", "));
    }

    /** One term of an ORDER BY: a column and " ASC" or " DESC". */
    private record OrderTerm(String column, String direction) {
    }

    /**
     * The terms of {@link #orderBy}: the sort keys, then the tie-break of the first key. Empty values come first in
     * ascending order and last in descending order, as H2 sorts them; PostgreSQL is told so (its indexes on these
     * columns are built that way, db/vendor/postgresql/V15__register_indexes.sql).
     */
    private static List<OrderTerm> orderTerms(List<AssessmentSort> sort, SqlDialect dialect) {
        List<AssessmentSort> keys = sort.isEmpty() ? List.of(AssessmentSort.DEFAULT) : sort;
        List<OrderTerm> terms = new ArrayList<>();
        keys.forEach(k -> terms.add(new OrderTerm(column(k.field()), direction(k, dialect))));
        AssessmentSort first = keys.getFirst();
        if (first.field() == AssessmentSort.Field.STATUS || first.field() == AssessmentSort.Field.COUNTRY) {
            String newestFirst = first.descending() ? " ASC" : " DESC";
            terms.add(new OrderTerm("a.updated_at", newestFirst));
            terms.add(new OrderTerm("a.row_no", newestFirst));
        } else if (first.field() != AssessmentSort.Field.ASSESSMENT_ID) {
            terms.add(new OrderTerm("a.row_no", first.descending() ? " DESC" : " ASC"));
        }
        return terms;
    }

    /**
     * {@link #orderBy} led by the columns that the filter fixes to one value. That changes no order, but it lets the
     * database read the rows in order from an index that starts with those columns (status, country).
     */
    private String order(List<AssessmentSort> sort) {
        List<AssessmentSort> keys = sort.isEmpty() ? List.of(AssessmentSort.DEFAULT) : sort;
        if (sortPrefix.isEmpty() || keys.getFirst().field() != AssessmentSort.Field.UPDATED) {
            return orderBy(sort, dialect);
        }
        // The indexes hold these columns ascending and the update time descending: read forwards for newest first.
        String direction = keys.getFirst().descending() ? " ASC" : " DESC";
        return " ORDER BY " + sortPrefix.stream().map(c -> c + direction).collect(Collectors.joining(", ")) + ", "
                + orderBy(sort, dialect).substring(" ORDER BY ".length());
    }

    private static String direction(AssessmentSort key, SqlDialect dialect) {
        String direction = key.descending() ? " DESC" : " ASC";
        if (dialect == SqlDialect.POSTGRESQL && NULLABLE.contains(key.field())) {
            return direction + (key.descending() ? " NULLS LAST" : " NULLS FIRST");
        }
        return direction;
    }

    static String column(AssessmentSort.Field field) {
        return switch (field) {
            case ASSESSMENT_ID -> "a.assessment_id";
            case CASE_ID -> "a.case_id";
            case STATUS -> "a.status";
            case TYPE -> "a.assessment_type";
            case STANDARD -> "a.standard_name";
            case RATING -> "a.rating";
            case SCORE -> "a.score_percentage";
            case ORGANISATION -> "a.sort_org_name";
            case COUNTRY -> "a.country";
            case DUE_DATE -> "a.due_at";
            case CAPA_STATUS -> "a.capa_status";
            case UPDATED -> "a.updated_at";
        };
    }

    /** The ids of one page, in order; the last two parameters are limit and offset. */
    Sql page(List<AssessmentSort> sort, int limit, int offset) {
        Sql ids = ids(sort);
        List<Object> params = new ArrayList<>(ids.params());
        params.add(limit);
        params.add(offset);
        return new Sql(ids.text() + " LIMIT ? OFFSET ?", params);
    }

    /**
     * One page counted from an anchor row instead of from the start: rows at or after ({@code value}, {@code rowNo})
     * in the order of {@code sort}, which must be one key that {@link PageAnchors} supports.
     */
    Sql pageFrom(AssessmentSort sort, Object value, long rowNo, int limit, int offsetFromAnchor) {
        return from(sort, "a.id", value, rowNo, limit, offsetFromAnchor);
    }

    /**
     * The sort key and row number ({@code k}, {@code row_no}) of the row {@code skip} rows after the anchor
     * ({@code value}, {@code rowNo}), or after the start when {@code value} is null: read from the sort's index alone.
     */
    Sql anchor(AssessmentSort sort, @Nullable Object value, long rowNo, int skip) {
        String columns = column(sort.field()) + " AS k, a.row_no";
        if (value == null) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(1, skip));
            return new Sql("SELECT " + columns + " FROM assessment a" + where + order(List.of(sort))
                    + " LIMIT ? OFFSET ?", all);
        }
        return from(sort, columns, value, rowNo, 1, skip);
    }

    private Sql from(AssessmentSort sort, String columns, Object value, long rowNo, int limit, int offsetFromAnchor) {
        String column = column(sort.field());
        String cmp = sort.descending() ? "<" : ">";
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(value, value, rowNo, limit, offsetFromAnchor));
        return new Sql("SELECT " + columns + " FROM assessment a" + where + " AND " + column + " " + cmp + "= ? AND ("
                + column + " " + cmp + " ? OR a.row_no " + cmp + "= ?)" + order(List.of(sort)) + " LIMIT ? OFFSET ?",
                all);
    }

    Sql count() {
        if (textBranches.isEmpty()) {
            return new Sql("SELECT COUNT(*) FROM assessment a" + where, List.copyOf(params));
        }
        return new Sql("SELECT COUNT(*) FROM (" + union() + ") u", unionParams());
    }

    /** Every matching row with the columns of {@link RegisterRows#select}, in order. */
    Sql rows(List<AssessmentSort> sort) {
        if (textBranches.isEmpty()) {
            return new Sql(RegisterRows.select("assessment a") + where + order(sort), List.copyOf(params));
        }
        return new Sql(RegisterRows.select("(" + union(sort) + ") u JOIN assessment a ON a.id = u.id")
                + unionOrderBy(sort), unionParams());
    }

    /**
     * The rows in order as {@link #page} gives them, narrowed by every filter but the free text, with what the text
     * is matched against (organisations, assessment and case id): for {@link TextPageWalk}, which reads only as far
     * as it needs.
     */
    Sql walk(List<AssessmentSort> sort, boolean withIds) {
        String columns = "a.id, a.assessed_org_id, a.requester_org_id"
                + (withIds ? ", a.assessment_id, a.case_id" : ", NULL, NULL");
        if (params.isEmpty() && where.toString().equals(" WHERE 1=1") && !withIds
                && (sort.isEmpty() || sort.equals(List.of(AssessmentSort.DEFAULT)))) {
            // Nothing but the default order: the index that also holds the organisations and the id serves it without
            // reading rows. (updated_at, row_no) is unique, so the further columns change no order; they make this
            // index the one whose order the database reads.
            String hint = dialect == SqlDialect.H2 ? " USE INDEX (assessment_updated_parties)" : "";
            return new Sql("SELECT " + columns + " FROM assessment a" + hint + where
                    + orderBy(sort, dialect) + ", a.assessed_org_id, a.requester_org_id, a.id", List.of());
        }
        return new Sql("SELECT " + columns + " FROM assessment a" + where + order(sort), List.copyOf(params));
    }

    /** True when a free text narrows the rows; {@link #walk} ignores it. */
    boolean hasText() {
        return !textBranches.isEmpty();
    }

    private Sql ids(List<AssessmentSort> sort) {
        if (textBranches.isEmpty()) {
            return new Sql("SELECT a.id FROM assessment a" + where + order(sort), List.copyOf(params));
        }
        return new Sql("SELECT u.id FROM (" + union(sort) + ") u" + unionOrderBy(sort), unionParams());
    }

    /**
     * One SELECT per text branch, each narrowed by the other filters and served by its own index, united, with the
     * columns of {@link #orderBy} ({@code s0}, {@code s1}, ...) so that the union is ordered exactly as the same filter
     * without a text, without being joined back first: no branch is evaluated per row.
     */
    private String union(List<AssessmentSort> sort) {
        List<OrderTerm> terms = orderTerms(sort, dialect);
        StringBuilder columns = new StringBuilder("a.id");
        for (int i = 0; i < terms.size(); i++) {
            columns.append(", ").append(terms.get(i).column()).append(" AS s").append(i);
        }
        return textBranches.stream().map(branch -> "SELECT " + columns + " FROM assessment a" + where + " AND "
                + branch).collect(Collectors.joining(" UNION "));
    }

    private String unionOrderBy(List<AssessmentSort> sort) {
        List<OrderTerm> terms = orderTerms(sort, dialect);
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (int i = 0; i < terms.size(); i++) {
            order.append(i == 0 ? "" : ", ").append("u.s").append(i).append(terms.get(i).direction());
        }
        return order.toString();
    }

    /** The ids of the rows that match the text, for counting. */
    private String union() {
        return textBranches.stream().map(branch -> "SELECT a.id FROM assessment a" + where + " AND " + branch)
                .collect(Collectors.joining(" UNION "));
    }

    private List<Object> unionParams() {
        List<Object> all = new ArrayList<>();
        for (String branch : textBranches) {
            all.addAll(params);
            all.addAll(textParams.getOrDefault(branch, List.of()));
        }
        return all;
    }

    /** A statement and its parameters. */
    record Sql(String text, List<Object> params) {
        Sql {
            params = List.copyOf(params);
        }

        /** A forward-only statement that fetches {@code fetchSize} rows at a time, for reading long results. */
        PreparedStatementCreator streaming(int fetchSize) {
            return connection -> {
                PreparedStatement statement = connection.prepareStatement(text, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(fetchSize);
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                return statement;
            };
        }
    }

    /**
     * Part of an organisation name anywhere (assessed organisation or requester), or, when the text looks like an
     * id, the start of the assessment id or case id. An id is digits and dashes only, so it goes into the
     * statement as a literal: that lets every database plan an index range for it.
     */
    private void text(@Nullable String text, Function<String, Optional<List<String>>> organisations) {
        if (text == null) {
            return;
        }
        if (ID_PREFIX.matcher(text).matches()) {
            textBranches.add("a.assessment_id LIKE '" + text + "%'");
            textBranches.add("a.case_id LIKE '" + text + "%'");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<List<String>> known = organisations.apply(lower);
        if (known.isEmpty()) {
            String contains = SqlText.bindable("%" + escape(lower) + "%");
            branch("a.assessed_org_id IN (SELECT o.id FROM organisation o WHERE LOWER(o.name) LIKE ? ESCAPE '\\')",
                    List.of(contains));
            branch("a.requester_org_id IN (SELECT o.id FROM organisation o WHERE LOWER(o.name) LIKE ? ESCAPE '\\')",
                    List.of(contains));
        } else if (!known.get().isEmpty()) {
            String list = known.get().stream().map(id -> "?").collect(Collectors.joining(", "));
            branch("a.assessed_org_id IN (" + list + ")", known.get());
            branch("a.requester_org_id IN (" + list + ")", known.get());
        }
        if (textBranches.isEmpty()) {
            where.append(" AND 1 = 0");
        }
    }

    private void branch(String condition, List<String> values) {
        textBranches.add(condition);
        textParams.put(condition, values);
    }

    private void equal(String column, @Nullable String value) {
        if (value != null) {
            add(" AND " + column + " = ?", SqlText.bindable(value));
        }
    }

    private void in(String column, List<String> values) {
        where.append(" AND ").append(column).append(" IN (")
                .append(values.stream().map(v -> "?").collect(Collectors.joining(", "))).append(')');
        values.forEach(value -> params.add(SqlText.bindable(value)));
    }

    private void add(String clause, Object value) {
        where.append(clause);
        params.add(value);
    }

    private static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
