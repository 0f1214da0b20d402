@NullMarked
package com.complianceportal.apikey.ui;

import org.jspecify.annotations.NullMarked;
