/** What two-step sign-in stores: a user's sealed TOTP secret, its state and the hashes of the recovery codes. */
@NullMarked
package com.complianceportal.mfa.domain;

import org.jspecify.annotations.NullMarked;
