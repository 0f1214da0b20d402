/** Export of the assessment register as CSV or XLSX, streamed row by row from the source. */
@NullMarked
package com.complianceportal.assessment.service.export;

import org.jspecify.annotations.NullMarked;
