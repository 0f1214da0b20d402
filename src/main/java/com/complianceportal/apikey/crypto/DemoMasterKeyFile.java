package com.complianceportal.apikey.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Demo profile only: the master key lives in the data folder, made on the first start, readable by its owner only. */
final class DemoMasterKeyFile {

    static final String NAME = "master.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(DemoMasterKeyFile.class);

    private DemoMasterKeyFile() {
    }

    static MasterKey readOrCreate(Path file) {
        if (Files.exists(file)) {
            return MasterKeyLoader.fromFile(file, "The demo master key file");
        }
        MasterKey key = MasterKey.generate();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            write(file, key);
        } catch (FileAlreadyExistsException startedAlongside) {
            return MasterKeyLoader.fromFile(file, "The demo master key file");
        } catch (IOException e) {
            throw MasterKeyException.unreadable("The demo master key file", file.toString(),
                    e.getClass().getSimpleName());
        }
        log.info("Demo profile: generated the master key for stored API keys in {} (readable by its owner only)."
                + " Outside the demo profile set PORTAL_MASTER_KEY or PORTAL_MASTER_KEY_FILE.",
                file.toAbsolutePath().normalize());
        return key;
    }

    private static void write(Path file, MasterKey key) throws IOException {
        var options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] ownerOnly = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
        byte[] text = (key.toBase64().reveal() + "\n").getBytes(StandardCharsets.US_ASCII);
        try (SeekableByteChannel channel = Files.newByteChannel(file, options, ownerOnly)) {
            channel.write(ByteBuffer.wrap(text));
        }
    }
}
