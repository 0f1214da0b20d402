@NullMarked
package com.complianceportal.base.failure;

import org.jspecify.annotations.NullMarked;
