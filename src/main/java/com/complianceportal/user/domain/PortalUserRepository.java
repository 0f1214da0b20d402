package com.complianceportal.user.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PortalUserRepository extends ListCrudRepository<PortalUser, Long> {

    @Query("SELECT * FROM portal_user WHERE username = LOWER(:username)")
    Optional<PortalUser> findByUsername(String username);

    /** The account's id alone, without reading the whole account (asked once per vendor call in upstream mode). */
    @Query("SELECT id FROM portal_user WHERE username = LOWER(:username)")
    Optional<Long> findIdByUsername(String username);

    boolean existsByRole(Role role);

    /**
     * Only an account with something to forget is written: a sign-in of an account without failures takes no row
     * lock, so that many sign-ins of one account at the same moment do not queue for it (and time out in H2).
     */
    @Modifying
    @Query("UPDATE portal_user SET failed_attempts = 0, locked_until = NULL WHERE username = LOWER(:username)"
            + " AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
    int resetFailures(String username);

    /** The user's sessions signed in before {@code at} end at their next request, on every portal instance. */
    @Modifying
    @Query("UPDATE portal_user SET sessions_ended_at = :at WHERE username = LOWER(:username)")
    int endSessionsBefore(String username, Instant at);
}
