package com.complianceportal.assessment.upstream;

import com.complianceportal.apikey.domain.Upstream;
import com.complianceportal.testsupport.UpstreamKeys;
import com.complianceportal.user.domain.PortalUser;
import com.complianceportal.user.domain.PortalUserRepository;
import com.complianceportal.user.domain.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;

/**
 * The upstream benchmark's users: viewers {@code bench-01} and on, each given a Rise key of their own by an
 * administrator. They never sign in through the login page, so their password hash matches no password.
 */
final class BenchUsers {

    private BenchUsers() {
    }

    /** Creates {@code count} users (those missing) with their keys; returns their names. */
    static List<String> create(ApplicationContext context, int count) {
        PortalUserRepository users = context.getBean(PortalUserRepository.class);
        Clock clock = context.getBean(Clock.class);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format(Locale.ROOT, "bench-%02d", i);
            if (users.findByUsername(name).isEmpty()) {
                users.save(PortalUser.create(name, "Bench User " + i, "{noop}-", Role.VIEWER, clock.instant()));
            }
            UpstreamKeys.give(context, name, Upstream.RISE, key(name));
            names.add(name);
        }
        return names;
    }

    /** The user's Rise key, as the stub sees it in the request header. */
    static String key(String user) {
        return "rise-key-of-" + user;
    }
}
