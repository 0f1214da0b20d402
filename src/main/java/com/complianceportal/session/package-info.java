/**
 * Live sessions of signed-in users: what the portal knows about each (since, last activity, address, browser), ending
 * them, and the absolute session lifetime. Kept in memory per portal instance.
 */
@NullMarked
package com.complianceportal.session;

import org.jspecify.annotations.NullMarked;
