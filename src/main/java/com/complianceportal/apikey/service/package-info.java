@NullMarked
package com.complianceportal.apikey.service;

import org.jspecify.annotations.NullMarked;
