/**
 * Several portal instances sharing one database: what one instance changes that the others keep in memory is
 * signalled through the database (register changes), so that their caches follow within seconds.
 */
@NullMarked
package com.complianceportal.cluster;

import org.jspecify.annotations.NullMarked;
