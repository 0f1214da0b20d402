@NullMarked
package com.complianceportal.assessment.domain;

import org.jspecify.annotations.NullMarked;
