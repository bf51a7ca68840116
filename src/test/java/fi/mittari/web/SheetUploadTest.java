package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SheetUploadTest {

    private static final byte[] CSV = "q\n1\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void beyondTwoImportsAtOnceAnUploadIsAskedToComeBackLater() throws Exception {
        var request = HttpRequest.POST("/upload", CSV).contentType(MediaType.of(SheetUpload.CSV));
        CountDownLatch importing = new CountDownLatch(SheetUpload.AT_ONCE);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService uploads = Executors.newFixedThreadPool(SheetUpload.AT_ONCE);
        List<Future<HttpResponse<?>>> busy = new ArrayList<>();
        try {
            for (int i = 0; i < SheetUpload.AT_ONCE; i++) {
                busy.add(uploads.submit(() -> SheetUpload.read(CSV, request, sheet -> {
                    importing.countDown();
                    await(finish);
                    return HttpResponse.ok();
                })));
            }
            assertThat(importing.await(10, TimeUnit.SECONDS)).isTrue();

            HttpResponse<?> third = SheetUpload.read(CSV, request, sheet -> HttpResponse.ok());

            assertThat(third.code()).isEqualTo(503);
            assertThat(third.getHeaders().get("Retry-After")).isEqualTo("30");
        } finally {
            finish.countDown();
            uploads.shutdown();
        }
        for (Future<HttpResponse<?>> upload : busy) {
            assertThat(upload.get(10, TimeUnit.SECONDS).code()).isEqualTo(200);
        }
        assertThat(SheetUpload.read(CSV, request, sheet -> HttpResponse.ok()).code())
                .as("after the others finished")
                .isEqualTo(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
