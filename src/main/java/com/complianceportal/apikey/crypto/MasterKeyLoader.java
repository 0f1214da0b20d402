package com.complianceportal.apikey.crypto;

import com.complianceportal.shared.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the configured master keys: the current one (its setting, its file, or in the demo profile a key file in the
 * data folder) and, during a rotation, the one being replaced.
 */
final class MasterKeyLoader {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyLoader.class);

    private final MasterKeySettings settings;
    private final Path dataDir;
    private final boolean demo;

    MasterKeyLoader(MasterKeySettings settings, Path dataDir, boolean demo) {
        this.settings = settings;
        this.dataDir = dataDir;
        this.demo = demo;
    }

    MasterKey current() {
        Optional<MasterKey> configured = read(settings.value(), settings.file(), "PORTAL_MASTER_KEY");
        if (configured.isPresent()) {
            return configured.get();
        }
        if (demo) {
            return DemoMasterKeyFile.readOrCreate(dataDir.resolve(DemoMasterKeyFile.NAME));
        }
        throw MasterKeyException.missing();
    }

    Optional<MasterKey> previous() {
        return read(settings.previous(), settings.previousFile(), "PORTAL_MASTER_KEY_PREVIOUS");
    }

    /** Reads a key file: base64 text, surrounding white space ignored. */
    static MasterKey fromFile(Path file, String origin) {
        try {
            warnIfOthersMayRead(file, origin);
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return MasterKey.fromBase64(Secret.of(text), origin + " (" + file + ")");
        } catch (IOException e) {
            throw MasterKeyException.unreadable(origin, file.toString(), e.getClass().getSimpleName());
        }
    }

    private static Optional<MasterKey> read(@Nullable Secret value, @Nullable String file, String variable) {
        boolean hasValue = value != null && !value.isBlank();
        boolean hasFile = file != null && !file.isBlank();
        if (hasValue && hasFile) {
            throw MasterKeyException.twice(variable);
        }
        if (value != null && hasValue) {
            return Optional.of(MasterKey.fromBase64(value, variable));
        }
        if (file != null && hasFile) {
            return Optional.of(fromFile(Path.of(file.strip()), variable + "_FILE"));
        }
        return Optional.empty();
    }

    private static void warnIfOthersMayRead(Path file, String origin) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.GROUP_READ)
                || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            log.warn("{} ({}) may be read by other users of this machine; make it readable by its owner only"
                    + " (chmod 600).", origin, file);
        }
    }
}
