@NullMarked
package com.complianceportal.audit.service;

import org.jspecify.annotations.NullMarked;
