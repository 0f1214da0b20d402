/**
 * The audit log's hook into navigation: a page refused to a signed-in user is recorded. The audit log's screen is not
 * here but in {@code com.complianceportal.admin.ui}: it uses the shared layout ({@code base.ui}), which depends on the
 * user feature, which writes to the audit log; a screen here would make the features depend on each other in a circle.
 */
@NullMarked
package com.complianceportal.audit.ui;

import org.jspecify.annotations.NullMarked;
