package no.tavla.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What one HTTP request has already read and needs again: who is signing in and what they may do, their units, the
 * unit tree. A page asks these many times (menu, view, each service's own check); the request reads each once.
 * Only for real requests (the memo filter marks them), so background work and tests always read afresh; whoever
 * changes such a thing in a request calls {@link #forget()}.
 */
public final class RequestMemo {

    /** The request attribute that holds the memo, set by the memo filter at the start of each request. */
    public static final String ATTRIBUTE = RequestMemo.class.getName();

    private RequestMemo() {
    }

    /** The value for the key, read once per request. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> read) {
        Map<String, Object> memo = memo();
        if (memo == null) {
            return read.get();
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = read.get();
        memo.put(key, value);
        return value;
    }

    /** Forgets everything this request has read: something it read has changed. */
    public static void forget() {
        Map<String, Object> memo = memo();
        if (memo != null) {
            memo.clear();
        }
    }

    /** Forgets what this request has read under keys that begin so: those things have changed. */
    public static void forget(String prefix) {
        Map<String, Object> memo = memo();
        if (memo != null) {
            memo.keySet().removeIf(key -> key.startsWith(prefix));
        }
    }

    /** A fresh memo for a request (the memo filter's). */
    public static Map<String, Object> fresh() {
        return new HashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object memo = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return memo instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }
}
