/**
 * The master key and the AEAD that seals stored API keys and TOTP secrets; used by those services only
 * (ArchitectureTest).
 */
@NullMarked
package com.complianceportal.apikey.crypto;

import org.jspecify.annotations.NullMarked;
