package org.hrdemat.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Takes the first file part out of a small multipart/form-data body (the verification form of a browser). */
final class MultipartFile {

    private MultipartFile() {
    }

    static byte[] firstFile(byte[] body, String contentType) {
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            return new byte[0];
        }
        String boundary = contentType.substring(at + 9).replace("\"", "").trim();
        byte[] marker = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, marker, 0);
        while (start >= 0) {
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (headersEnd < 0) {
                break;
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.ISO_8859_1);
            int next = indexOf(body, marker, headersEnd + 4);
            if (next < 0) {
                break;
            }
            if (headers.contains("filename=")) {
                return Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, next - 2));
            }
            start = next;
        }
        return new byte[0];
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
