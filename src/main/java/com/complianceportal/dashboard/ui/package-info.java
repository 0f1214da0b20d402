/** The dashboard: register figures, each linking to the register filtered the same way. */
@NullMarked
package com.complianceportal.dashboard.ui;

import org.jspecify.annotations.NullMarked;
