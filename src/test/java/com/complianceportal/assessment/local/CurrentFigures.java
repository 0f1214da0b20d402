package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.DashboardSnapshot;
import java.time.Duration;
import java.util.function.Supplier;

/** Asks for the dashboard until its figures are current, as the dashboard page does while they are being updated. */
final class CurrentFigures {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private CurrentFigures() {
    }

    /** The first snapshot that is not being updated; fails after a minute (a recount that never ends). */
    static DashboardSnapshot of(Supplier<DashboardSnapshot> dashboard) throws InterruptedException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        DashboardSnapshot snapshot = dashboard.get();
        while (snapshot.updating()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The dashboard figures were still being updated after " + AT_MOST);
            }
            Thread.sleep(5);
            snapshot = dashboard.get();
        }
        return snapshot;
    }
}
