/** What differs between the databases the portal runs on (H2 and PostgreSQL). */
@NullMarked
package com.complianceportal.shared.db;

import org.jspecify.annotations.NullMarked;
