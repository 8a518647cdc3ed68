package jp.mebuki.core.mentor;

/** A mentored team, named by its kind and the id of that kind's aggregate (e.g. an application id). */
public record Mentee(MenteeKind kind, long id) {

    public Mentee {
        if (kind == null) {
            throw new IllegalArgumentException("mentee kind is required");
        }
    }

    /** The reference a mentor uses to declare a conflict with this team, e.g. {@code GAP_FUND_APPLICATION:12}. */
    public String reference() {
        return kind.name() + ":" + id;
    }

    @Override
    public String toString() {
        return reference();
    }
}
