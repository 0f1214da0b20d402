@NullMarked
package com.complianceportal.assessment.service;

import org.jspecify.annotations.NullMarked;
