package com.complianceportal.mfa.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code drawn on the server (ZXing) and served as a PNG by this session's UI only, never by a third-party
 * service: the code holds the TOTP secret. Browsers are told not to store it.
 */
final class QrCodeImage {

    private static final int MODULE_PIXELS = 6;

    private QrCodeImage() {
    }

    static Image of(String text, String alt) {
        byte[] png = png(text);
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("Cache-Control", "no-store");
            return new DownloadResponse(new ByteArrayInputStream(png), "sign-in-code.png", "image/png", png.length);
        });
        var image = new Image(handler, alt);
        image.addClassName("two-step-qr");
        return image;
    }

    static byte[] png(String text) {
        BitMatrix matrix = matrix(text);
        int size = matrix.getWidth() * MODULE_PIXELS;
        var image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("The QR code could not be written as PNG", e);
        }
        return out.toByteArray();
    }

    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }
}
