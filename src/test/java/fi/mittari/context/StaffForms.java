package fi.mittari.context;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.net.URL;

/**
 * Staff pages as a browser without scripts uses them: logged in with the login form's cookie, forms posted as
 * form data or multipart, and redirects returned rather than followed, so that a test can read where they lead.
 */
final class StaffForms implements AutoCloseable {

    private final HttpClient http;
    private final String cookie;

    private StaffForms(HttpClient http, String cookie) {
        this.http = http;
        this.cookie = cookie;
    }

    static StaffForms login(URL server, String username, String password) {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        HttpClient http = HttpClient.create(server, configuration);
        HttpResponse<String> login = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/login", "username=" + username + "&password=" + password)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                        String.class);
        String setCookie = login.header("Set-Cookie");
        return new StaffForms(http, setCookie.substring(0, setCookie.indexOf(';')));
    }

    HttpResponse<String> get(String path) {
        return exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }

    /** {@code form} is URL-encoded already: {@code name=Koulutus&region=lappi}. */
    HttpResponse<String> post(String path, String form) {
        return exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    HttpResponse<String> upload(String path, String kind, String fileName, MediaType type, byte[] file) {
        MultipartBody body = MultipartBody.builder()
                .addPart("kind", kind)
                .addPart("file", fileName, type, file)
                .build();
        return exchange(HttpRequest.POST(path, body).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private HttpResponse<String> exchange(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request.header("Cookie", cookie), Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
