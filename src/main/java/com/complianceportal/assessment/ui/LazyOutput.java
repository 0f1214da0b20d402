package com.complianceportal.assessment.ui;

import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/** Opens the download's stream at the first byte, so that an export refused before it can still set the status. */
final class LazyOutput extends OutputStream {

    /** Opens the real stream. */
    @FunctionalInterface
    interface Opener {
        OutputStream open() throws IOException;
    }

    private final Opener opener;
    private @Nullable OutputStream out;

    LazyOutput(Opener opener) {
        this.opener = opener;
    }

    @Override
    public void write(int b) throws IOException {
        target().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        target().write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }

    private OutputStream target() throws IOException {
        if (out == null) {
            out = opener.open();
        }
        return out;
    }
}
