package com.complianceportal.testsupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs from now on, also written to a file of the test's own, whatever logging the test
 * JVM's first Spring context set up (Spring Boot configures logging once per JVM).
 */
public final class CapturedLog implements AutoCloseable {

    /** Logged when the capture starts: a test can check that the file holds what was logged. */
    public static final String MARK = "Log capture started";

    private final Path file;
    private final FileAppender<ILoggingEvent> appender = new FileAppender<>();
    private final Logger root;

    private CapturedLog(Path file) {
        this.file = file;
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %level %logger %msg%n%ex");
        encoder.start();
        appender.setContext(context);
        appender.setName("captured-log");
        appender.setFile(file.toString());
        appender.setAppend(false);
        appender.setImmediateFlush(true);
        appender.setEncoder(encoder);
        appender.start();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        LoggerFactory.getLogger(CapturedLog.class).info(MARK);
    }

    public static CapturedLog into(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new CapturedLog(file);
    }

    public byte[] bytes() throws IOException {
        return Files.readAllBytes(file);
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
