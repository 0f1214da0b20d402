@NullMarked
package com.complianceportal.security;

import org.jspecify.annotations.NullMarked;
