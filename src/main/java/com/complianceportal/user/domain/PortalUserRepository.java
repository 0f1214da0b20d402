package com.complianceportal.user.domain;

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

    @Modifying
    @Query("UPDATE portal_user SET failed_attempts = 0, locked_until = NULL WHERE username = LOWER(:username)")
    int resetFailures(String username);
}
