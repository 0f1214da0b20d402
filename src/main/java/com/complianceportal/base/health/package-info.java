@NullMarked
package com.complianceportal.base.health;

import org.jspecify.annotations.NullMarked;
