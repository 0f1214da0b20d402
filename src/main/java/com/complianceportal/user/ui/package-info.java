@NullMarked
package com.complianceportal.user.ui;

import org.jspecify.annotations.NullMarked;
