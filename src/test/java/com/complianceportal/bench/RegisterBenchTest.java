package com.complianceportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterBenchTest {

    private static final List<String> OUTPUT = List.of(
            "Loaded 1,000,000 assessments (with index builds) in 169.7 s",
            "Page of 50 rows                                first ms     p50 ms     p95 ms         rows   runs",
            "first page (newest first)                         82.24       2.58      20.02           50    200",
            "free-text search \"textiles\" (broad)             1367.32    1232.41    1293.35           50     20",
            "some note that is not a case",
            "Dashboard                    first ms     p50 ms     p95 ms   runs",
            "dashboard, 20 first visitors at once      950.10     120.00     180.50     20",
            "Other calls                                    first ms     p50 ms     p95 ms         rows   runs",
            "dashboard current again after a bulk change    1523.40    1523.40    1523.40            1      1");

    @Test
    void readsTheLoadTimeAndTheP95OfEveryCaseByTheTablesOwnColumns() {
        Figures figures = new Figures();

        RegisterBench.read(OUTPUT, "1,000,000 demo assessments loaded", figures);

        assertThat(figures.values("1,000,000 demo assessments loaded")).containsExactly(169.7);
        assertThat(figures.values("register page p95: first page (newest first)")).containsExactly(20.02);
        assertThat(figures.values("register page p95: free-text search \"textiles\" (broad)")).containsExactly(1293.35);
        assertThat(figures.values("dashboard p95: dashboard, 20 first visitors at once")).containsExactly(180.5);
        assertThat(figures.values("dashboard current again after a bulk change")).containsExactly(1523.4);
        assertThat(figures.values("dashboard full counts after a bulk change")).containsExactly(1.0);
        assertThat(figures.values("dashboard p95: dashboard current again after a bulk change")).isEmpty();
        assertThat(figures.table()).anySatisfy(line -> assertThat(line)
                .startsWith("dashboard current again after a bulk change").endsWith("-"));
    }

    @Test
    void tablesTheMedianOfTheRunsAgainstTheGoal() {
        Figures figures = new Figures();
        Figures.Goal goal = new Figures.Goal("<= 20 ms", 20, "ms");
        figures.add("page", goal, 25);
        figures.add("page", goal, 12);
        figures.add("page", goal, 18);
        figures.notMeasured("heap", new Figures.Goal("<= 60 KB", 60, "KB"), "not measured: script missing");

        List<String> table = figures.table();

        assertThat(table.get(1)).startsWith("page").contains("12 ms", "18 ms", "25 ms", "yes");
        assertThat(table.get(2)).startsWith("heap").endsWith("not measured: script missing");
    }
}
