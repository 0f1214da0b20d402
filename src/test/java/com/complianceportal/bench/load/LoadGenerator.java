package com.complianceportal.bench.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The load: {@code users} virtual users, each a {@link VirtualUser} in a tab of its own on a virtual thread, started
 * evenly over the ramp-up, doing rounds of the flow until the run's time is up. Run it against a started portal with
 * {@code ./portal load -Dload.url=http://localhost:8080 -Dload.users=20 -Dload.seconds=60}.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    static LoadReport run(LoadSettings settings) throws InterruptedException {
        return run(settings, message -> { });
    }

    /** Runs the load; {@code sent} sees the {@link RpcSignature} of every UIDL request (to check against a browser). */
    static LoadReport run(LoadSettings settings, Consumer<List<String>> sent) throws InterruptedException {
        Recorder recorder = new Recorder();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        long end = start + settings.rampUp().toNanos() + settings.duration().toNanos();
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            long delay = settings.users() == 1 ? 0 : settings.rampUp().toNanos() * i / settings.users();
            users.add(Thread.ofVirtual().name("user-" + i).start(() -> {
                try {
                    TimeUnit.NANOSECONDS.sleep(delay);
                    VirtualUser user = new VirtualUser(new VaadinTab(http, settings.baseUrl(), recorder, sent),
                            settings, settings.think());
                    int rounds = 0;
                    do {
                        user.round(recorder);
                        rounds++;
                    } while (settings.rounds() > 0 ? rounds < settings.rounds()
                            : System.nanoTime() < end && !Thread.currentThread().isInterrupted());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        while ((settings.rounds() > 0 || System.nanoTime() < end) && users.stream().anyMatch(Thread::isAlive)) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        recorder.stop();
        users.forEach(Thread::interrupt);
        for (Thread user : users) {
            user.join(Duration.ofSeconds(30));
        }
        http.close();
        return new LoadReport(settings, Duration.ofNanos(System.nanoTime() - start), recorder);
    }

    /** Runs one load with the settings from system properties (see {@link LoadSettings}) and prints its report. */
    public static void main(String[] args) throws InterruptedException {
        LoadReport report = run(LoadSettings.fromSystemProperties());
        report.lines().forEach(System.out::println);
    }
}
