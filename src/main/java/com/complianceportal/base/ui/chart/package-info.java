/** An open-source chart component (Chart.js in the {@code <portal-chart>} web component under {@code frontend/chart}). */
@NullMarked
package com.complianceportal.base.ui.chart;

import org.jspecify.annotations.NullMarked;
