/**
 * Who may use the portal: the administrators' user list (roles, access, locks, temporary passwords) and signed-in
 * sessions, for administrators and on each user's own account page.
 */
@NullMarked
package com.complianceportal.access.ui;

import org.jspecify.annotations.NullMarked;
