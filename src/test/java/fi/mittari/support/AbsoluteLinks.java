package fi.mittari.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.micronaut.http.client.HttpClient;
import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.function.Function;
import javax.imageio.ImageIO;

/** Links as a respondent gets them: followed to the host and port they name, and QR codes read back by ZXing. */
public final class AbsoluteLinks {

    private AbsoluteLinks() {}

    /**
     * Opens {@code link} (absolute) with a client of its own for the link's host and port, not the test's client of
     * the embedded server, and goes on in the form with {@code then}.
     */
    public static <T> T follow(String link, Function<FormWalker, T> then) {
        URI uri = URI.create(link);
        try (HttpClient client = HttpClient.create(
                URI.create(uri.getScheme() + "://" + uri.getRawAuthority()).toURL())) {
            return then.apply(new FormWalker(client.toBlocking()));
        } catch (MalformedURLException e) {
            throw new AssertionError("not a link: " + link, e);
        }
    }

    /** The page {@code link} opens. */
    public static FormWalker.Page open(String link) {
        URI uri = URI.create(link);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return follow(link, walker -> walker.open(path));
    }

    /** The text of the QR code in {@code png}. */
    public static String decodeQr(byte[] png) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return new QRCodeReader().decode(bitmap).getText();
        } catch (Exception e) {
            throw new AssertionError("no QR code could be read from the image", e);
        }
    }
}
