package jp.mebuki.core.sbir;

/** Typed id of an SBIR project (award). */
public record ProjectId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
