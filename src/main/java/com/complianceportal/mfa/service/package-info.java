/**
 * Two-step sign-in with a time-based one-time code (TOTP, RFC 6238): enrolment on the account page, the second step
 * at sign-in, recovery codes and the administrators' reset.
 */
@NullMarked
package com.complianceportal.mfa.service;

import org.jspecify.annotations.NullMarked;
