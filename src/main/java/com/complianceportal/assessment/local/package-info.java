/** The register kept in the portal's own database (H2 or PostgreSQL), and its demo data. */
@NullMarked
package com.complianceportal.assessment.local;

import org.jspecify.annotations.NullMarked;
