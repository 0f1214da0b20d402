@NullMarked
package com.complianceportal.base.security;

import org.jspecify.annotations.NullMarked;
