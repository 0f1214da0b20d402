/** What operators see of the running portal: request correlation ids, the metrics port and shared meters. */
@NullMarked
package com.complianceportal.base.observability;

import org.jspecify.annotations.NullMarked;
