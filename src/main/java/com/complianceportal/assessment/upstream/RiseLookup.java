package com.complianceportal.assessment.upstream;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentSummary;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One assessment from Rise, by its execution id or by the id users see ("100139-1"). Rise reads one assessment by
 * execution id only, so a visible id is first looked up among the rows the user has seen, else searched for (its case,
 * then the id as text) and matched exactly.
 */
final class RiseLookup {

    /** The id users see: the case number, a dash and the assessment's number in the case. */
    static final Pattern VISIBLE_ID = Pattern.compile("(\\d{1,18})-\\d{1,9}");
    /** An assessment's execution id never changes; only whether the user may read it can, and Rise checks that. */
    static final Duration IDS_KEPT = Duration.ofMinutes(15);

    private final RiseApi api;
    private final UserCache<String, Optional<AssessmentDetail>> details;
    private final UserCache<String, String> executionIds;

    RiseLookup(RiseApi api, Supplier<String> user, Duration ttl) {
        this.api = api;
        details = new UserCache<>(user, ttl, 2_000, detail -> 1);
        executionIds = new UserCache<>(user, IDS_KEPT, 100_000, id -> 1);
    }

    Optional<AssessmentDetail> find(String id) {
        String wanted = id.strip();
        if (!RiseApi.PATH_ID.matcher(wanted).matches()) {
            return Optional.empty();
        }
        return details.get(wanted, () -> {
            Matcher visible = VISIBLE_ID.matcher(wanted);
            Optional<String> executionId = visible.matches()
                    ? executionId(wanted, Long.parseLong(visible.group(1))) : Optional.of(wanted);
            return executionId.flatMap(api::assessment).map(RiseDetails::detail);
        });
    }

    /**
     * Rows the user has been shown: their visible ids lead straight to their execution ids. Ids already known are
     * not written again (a page shown again would otherwise write all its rows into the cache once more).
     */
    void remember(List<AssessmentSummary> rows) {
        Map<String, String> ids = new HashMap<>();
        for (AssessmentSummary row : rows) {
            if (!row.assessmentId().isEmpty() && !row.id().equals(row.assessmentId())) {
                ids.put(row.assessmentId(), row.id());
            }
        }
        executionIds.putAll(ids);
    }

    void clear() {
        details.clear();
        executionIds.clear();
    }

    void forget(String user) {
        details.forget(user);
        executionIds.forget(user);
    }

    private Optional<String> executionId(String assessmentId, long caseId) {
        Optional<String> known = executionIds.known(assessmentId);
        if (known.isPresent()) {
            return known;
        }
        for (Map<String, Object> search : List.of(RiseQuery.ofCase(caseId), RiseQuery.ofText(assessmentId))) {
            List<AssessmentSummary> rows = RiseRows.page(api.search(search), 0).rows();
            remember(rows);
            Optional<String> found = rows.stream().filter(row -> row.assessmentId().equals(assessmentId))
                    .map(AssessmentSummary::id).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
