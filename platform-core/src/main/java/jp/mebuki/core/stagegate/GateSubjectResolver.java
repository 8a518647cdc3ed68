package jp.mebuki.core.stagegate;

/** Describes the subjects of one subject type (e.g. {@code SBIR_PROJECT}) to the stage-gate review. */
public interface GateSubjectResolver {

    String subjectType();

    GateSubject resolve(long subjectId);
}
