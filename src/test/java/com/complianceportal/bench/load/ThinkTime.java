package com.complianceportal.bench.load;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** A user's pause between two steps, drawn evenly between a least and a most; none in a check run. */
record ThinkTime(Duration least, Duration most) {

    static final ThinkTime NONE = new ThinkTime(Duration.ZERO, Duration.ZERO);

    void pause() throws InterruptedException {
        long low = least.toMillis();
        long high = most.toMillis();
        if (high > 0) {
            Thread.sleep(low + ThreadLocalRandom.current().nextLong(Math.max(1, high - low + 1)));
        }
    }
}
