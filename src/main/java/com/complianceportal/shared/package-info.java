/** Small value types that every feature may use; this package depends on no other part of the portal. */
@NullMarked
package com.complianceportal.shared;

import org.jspecify.annotations.NullMarked;
