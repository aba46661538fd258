package io.cairndb.launcher.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches {@code <endpoint>/cluster/status} from a router. */
public final class StatusClient {
    public static final String PATH = "/cluster/status";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI statusUri;
    private final Duration timeout;

    public StatusClient(URI endpoint, Duration timeout) {
        String base = endpoint.toString().replaceAll("/+$", "");
        this.statusUri = URI.create(base + PATH);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    public URI statusUri() {
        return statusUri;
    }

    /** The status document as the router sent it. */
    public String fetchText() throws StatusUnavailableException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(statusUri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StatusUnavailableException(statusUri + " answered " + response.statusCode() + ": "
                        + abbreviate(response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new StatusUnavailableException(statusUri + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StatusUnavailableException("interrupted fetching " + statusUri, e);
        }
    }

    public ClusterStatus fetch() throws StatusUnavailableException {
        String text = fetchText();
        try {
            JsonNode json = JSON.readTree(text);
            return ClusterStatus.parse(json);
        } catch (IOException e) {
            throw new StatusUnavailableException(statusUri + " sent malformed JSON: " + abbreviate(text), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /** The router is not up, not ready, or not a CairnDB router. */
    public static final class StatusUnavailableException extends Exception {
        public StatusUnavailableException(String message) {
            super(message);
        }

        public StatusUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
