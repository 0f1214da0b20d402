/**
 * The register and the create form against the vendors' APIs (portal.source=upstream): Inspectorio Rise for the
 * register, Maxsight for the workflow. Vendor JSON is read here and mapped to the portal's records; nothing outside this
 * package sees a vendor field name, an HTTP client or a key.
 */
@NullMarked
package com.complianceportal.assessment.upstream;

import org.jspecify.annotations.NullMarked;
