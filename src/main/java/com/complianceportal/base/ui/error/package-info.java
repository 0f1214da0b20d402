@NullMarked
package com.complianceportal.base.ui.error;

import org.jspecify.annotations.NullMarked;
