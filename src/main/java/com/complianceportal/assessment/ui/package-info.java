@NullMarked
package com.complianceportal.assessment.ui;

import org.jspecify.annotations.NullMarked;
