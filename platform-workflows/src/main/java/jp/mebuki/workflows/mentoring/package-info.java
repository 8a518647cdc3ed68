/**
 * The mentor-assignment process ({@code bpmn/mentor-assignment.bpmn}): its backing class
 * {@link jp.mebuki.workflows.mentoring.MentorAssignmentProcess}, the delegates of its automatic steps,
 * the {@code adoptedTeam} expressions with which the gap-fund process calls it, and the facade
 * {@link jp.mebuki.workflows.mentoring.MentoringProcessService} that starts it for any kind of team.
 */
package jp.mebuki.workflows.mentoring;
