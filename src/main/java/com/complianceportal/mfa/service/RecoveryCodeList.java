package com.complianceportal.mfa.service;

import java.util.List;

/** Newly made recovery codes, shown to the user once; the portal keeps only their hashes. */
public record RecoveryCodeList(List<String> codes) {

    public RecoveryCodeList {
        codes = List.copyOf(codes);
    }

    @Override
    public String toString() {
        return "RecoveryCodeList[" + codes.size() + " codes, hidden]";
    }
}
