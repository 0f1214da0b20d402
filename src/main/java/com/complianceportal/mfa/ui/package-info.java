/** The code page of the sign-in and the "Two-step sign-in" section of the account page. */
@NullMarked
package com.complianceportal.mfa.ui;

import org.jspecify.annotations.NullMarked;
