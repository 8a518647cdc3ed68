package jp.mebuki.core.sbir;

import org.springframework.stereotype.Component;

import jp.mebuki.core.stagegate.GateConfirmation;
import jp.mebuki.core.stagegate.GateSubject;
import jp.mebuki.core.stagegate.GateSubjectResolver;

/** Describes SBIR projects to the stage-gate review: awardee, institution, field. */
@Component
class SbirGateSubjects implements GateSubjectResolver {

    private final SbirProjectService projects;

    SbirGateSubjects(SbirProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String subjectType() {
        return SbirProjectService.AUDIT_SUBJECT;
    }

    @Override
    public GateSubject resolve(long subjectId) {
        SbirProject project = projects.require(new ProjectId(subjectId));
        return new GateSubject(project.getAwardeeId(), project.getInstitutionCode(), project.getTechnologyField(),
                project.getTitle());
    }

    @Override
    public void checkConfirmation(long subjectId, GateConfirmation confirmation) {
        projects.checkGateConfirmation(new ProjectId(subjectId), confirmation);
    }
}
