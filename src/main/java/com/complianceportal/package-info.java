@NullMarked
package com.complianceportal;

import org.jspecify.annotations.NullMarked;
