/** The portal's languages: where its texts come from and which language a tab reads. */
@NullMarked
package com.complianceportal.i18n;

import org.jspecify.annotations.NullMarked;
