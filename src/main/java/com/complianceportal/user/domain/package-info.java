@NullMarked
package com.complianceportal.user.domain;

import org.jspecify.annotations.NullMarked;
