@NullMarked
package com.complianceportal.audit.domain;

import org.jspecify.annotations.NullMarked;
