package fi.mittari.campaign.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A link as a QR code in PNG (ZXing). Error correction level M still reads with a fold or a smudge on a printed poster
 * and keeps the modules large enough for a phone across a room; the quiet zone of 4 modules is the standard's.
 */
final class QrCode {

    /** The side of the PNG in pixels: sharp on an A4 poster (about 12 cm at 200 dpi) and as a download. */
    static final int PIXELS = 1000;

    private QrCode() {}

    static byte[] png(String link) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            link,
                            BarcodeFormat.QR_CODE,
                            PIXELS,
                            PIXELS,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name()));
            var png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            // Only a text longer than a QR code holds (about 2 300 characters at level M); no link of Mittari's is.
            throw new IllegalArgumentException("A QR code cannot hold a link of " + link.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
