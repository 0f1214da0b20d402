/** The master key and the AEAD that seals stored API keys; used by the API key services only (ArchitectureTest). */
@NullMarked
package com.complianceportal.apikey.crypto;

import org.jspecify.annotations.NullMarked;
