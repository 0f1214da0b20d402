@NullMarked
package com.complianceportal.user.service;

import org.jspecify.annotations.NullMarked;
