package no.tavla.shared;

import java.util.List;

/**
 * A request a service refuses because the input breaks a rule. Carries a message key and its arguments, so the view
 * shows the person a translated sentence that says what to do; nothing has been written.
 */
public class Refusal extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;

    public Refusal(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
