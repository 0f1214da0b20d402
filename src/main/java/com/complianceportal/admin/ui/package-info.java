/**
 * Administration screens that read more than one feature: the audit log. It lives outside the audit feature because
 * it uses the shared layout ({@code base.ui}), which depends on the user feature, which writes to the audit log.
 */
@NullMarked
package com.complianceportal.admin.ui;

import org.jspecify.annotations.NullMarked;
