@NullMarked
package com.complianceportal.base.ui;

import org.jspecify.annotations.NullMarked;
