package org.hrdemat.web.api;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import org.hrdemat.shared.Limits;
import org.hrdemat.web.i18n.Texts;

/**
 * What is refused before a request is read, answered in JSON on the API like every other API error (the server
 * would answer an HTML page, or nothing): a body announced larger than {@link Limits#REQUEST_BYTES} (413, nothing of
 * it is read; pages too), a body sent without a length that goes beyond it (its reading fails there), a
 * Content-Type that is not a media type at all (415).
 */
@WebFilter(urlPatterns = "/*")
public class ApiRequestFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (length > Limits.REQUEST_BYTES.value()) {
            refuse(request, response, 413, "error.requestTooLarge", Limits.REQUEST_BYTES,
                    Limits.REQUEST_BYTES.value() / (1024 * 1024));
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            request = new Bounded(request, Limits.REQUEST_BYTES.value());
        }
        String type = request.getContentType();
        if (api && type != null && !type.isBlank()) {
            try {
                MediaType.valueOf(type);
            } catch (IllegalArgumentException e) {
                refuse(request, response, 415, "error.unsupportedMediaType", null);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key,
                               Limits limit, Object... args) throws IOException {
        // (the pages get the same JSON: a browser shows it as text, and no page posts that much)
        Locale locale = Texts.FRENCH;
        for (Locale l : Collections.list(request.getLocales())) {
            if ("fr".equals(l.getLanguage()) || "en".equals(l.getLanguage())) {
                locale = Texts.supported(l);
                break;
            }
        }
        var body = Json.createObjectBuilder().add("message", Texts.get(locale, key, args)).add("key", key);
        if (limit != null) {
            body.add("limit", limit.variable());
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the client is told not to send the rest; the connection is closed rather than read to its end
        response.setHeader("Connection", "close");
        response.getWriter().write(body.build().toString());
    }

    /** The reading of a body sent without a length went beyond {@link Limits#REQUEST_BYTES} (answered 413). */
    static final class BodyBeyondLimit extends IOException {
        BodyBeyondLimit(long most) {
            super("request body beyond " + most + " bytes");
        }
    }

    /** A request whose body, sent without a length, cannot be read beyond the bound. */
    private static final class Bounded extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final long most;
        private jakarta.servlet.ServletInputStream stream;

        Bounded(HttpServletRequest request, long most) {
            super(request);
            this.most = most;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                jakarta.servlet.ServletInputStream in = super.getInputStream();
                stream = new jakarta.servlet.ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > most) {
                            throw new BodyBeyondLimit(most);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(jakarta.servlet.ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
