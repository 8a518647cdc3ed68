package jp.mebuki.core.stagegate;

/** Describes the subjects of one subject type (e.g. {@code SBIR_PROJECT}) to the stage-gate review. */
public interface GateSubjectResolver {

    String subjectType();

    GateSubject resolve(long subjectId);

    /**
     * The subject's own rules for a PM's confirmation (e.g. budget ranges, a rework limit); throws the
     * domain's exceptions to refuse it. Called before the decision is recorded.
     */
    void checkConfirmation(long subjectId, GateConfirmation confirmation);
}
