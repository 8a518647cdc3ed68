package jp.mebuki.core.sbir;

/** Whether a project still runs, was closed at a gate, or finished with commercialization. */
public enum ProjectStatus {
    ACTIVE, CLOSED_NO_GO, COMPLETED
}
