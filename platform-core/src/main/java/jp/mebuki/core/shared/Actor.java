package jp.mebuki.core.shared;

/**
 * Who caused a change, as written to the audit trail and status history: a signed-in user's name,
 * or {@link #SYSTEM} for the process engine acting on its own (timers, automatic steps).
 */
public record Actor(String name) {

    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor name is required");
        }
    }

    public static Actor user(String username) {
        return new Actor(username);
    }
}
