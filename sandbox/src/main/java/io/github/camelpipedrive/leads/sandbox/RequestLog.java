package io.github.camelpipedrive.leads.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every request line received (method, path, query; never a token), for test assertions. */
final class RequestLog {

    private final List<String> lines = new ArrayList<>();

    synchronized void record(SandboxRequest request) {
        lines.add(request.logLine());
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized int size() {
        return lines.size();
    }

    /** Counts lines whose method is {@code method} and whose path (query excluded) matches fully. */
    synchronized int count(String method, String pathRegex) {
        Pattern pattern = Pattern.compile(pathRegex);
        int n = 0;
        for (String line : lines) {
            int space = line.indexOf(' ');
            String path = line.substring(space + 1);
            int q = path.indexOf('?');
            if (q >= 0) {
                path = path.substring(0, q);
            }
            if (line.substring(0, space).equalsIgnoreCase(method) && pattern.matcher(path).matches()) {
                n++;
            }
        }
        return n;
    }

    synchronized void clear() {
        lines.clear();
    }
}
