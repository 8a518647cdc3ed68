package jp.mebuki.web.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of complete application drafts, as app.mori of Sendai College would write them. */
public final class Drafts {

    private Drafts() {
    }

    /** A draft with every field submission needs; a mutable map so tests can spoil one field. */
    public static Map<String, Object> complete(long callId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("callId", callId);
        body.put("title", title);
        body.put("abstractText", "A gripper that handles fish gently, built from food-safe silicone.");
        body.put("technologyField", "ROBOTICS_DRONES");
        body.put("growthStage", "SEED");
        body.put("requestedAmountYen", 3_000_000);
        body.put("institutionCode", "sendai-kosen");
        body.put("team", List.of(Map.of("name", "Mori Kaito", "role", "lead", "affiliation", "Sendai College")));
        return body;
    }
}
