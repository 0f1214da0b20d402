@NullMarked
package com.complianceportal.apikey.domain;

import org.jspecify.annotations.NullMarked;
