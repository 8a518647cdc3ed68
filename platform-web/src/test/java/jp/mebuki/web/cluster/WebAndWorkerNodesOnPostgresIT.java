package jp.mebuki.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.testsupport.EmbeddedPostgresSupport;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.support.MutableClock;
import jp.mebuki.workflows.config.JobThreadsDefault;
import jp.mebuki.workflows.screening.GapFundScreeningProcess;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * A cluster of a web node, whose job executor is off ({@code camunda.bpm.job-execution.enabled=false}: it only
 * answers requests), and a worker node, which runs the jobs: the web node acknowledges submissions and leaves their
 * screening waiting in the database until the worker node picks it up.
 */
class WebAndWorkerNodesOnPostgresIT {

    private final MutableClock clock = new MutableClock();
    private final RecordingMailServer mail = new RecordingMailServer();
    private final List<ClusterNode> nodes = new ArrayList<>();

    @AfterEach
    void stopNodesAndResetClocks() {
        nodes.forEach(ClusterNode::close);
        ClockUtil.reset();
        clock.reset();
    }

    @Test
    void aWebNodeAcknowledgesSubmissionsAndAWorkerNodeScreensThem() {
        Map<String, Object> database = new HashMap<>();
        EmbeddedPostgresSupport.registerFreshDatabase((name, value) -> database.put(name, value.get()));
        ClusterNode web = start("web", database, "--camunda.bpm.job-execution.enabled=false");
        List<ApplicationId> submitted = List.of(ScreeningDriver.submit(web, "app.abe", "Submitted on the web node 1"),
                ScreeningDriver.submit(web, "app.kimura", "Submitted on the web node 2"));

        // nothing on the web node runs the eligibility checks: they wait as jobs, the applications stay SUBMITTED
        ManagementService jobs = web.bean(ManagementService.class);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> jobs.createJobQuery()
                .activityId(GapFundScreeningProcess.Elements.SERVICE_TASK_COLLECT_ELIGIBILITY_FACTS).count() == 2);
        ApplicationService applications = web.bean(ApplicationService.class);
        assertThat(submitted).allSatisfy(id ->
                assertThat(applications.require(id).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED));
        assertThat(mail.accepted()).isEmpty();

        ClusterNode worker = start("worker", database, "--mebuki.demo-data.enabled=false");
        // nothing in its configuration sets the job threads: one fewer than the cores, at least one
        ThreadPoolTaskExecutor jobThreads = worker.bean("camundaTaskExecutor", ThreadPoolTaskExecutor.class);
        int expected = JobThreadsDefault.threadsFor(Runtime.getRuntime().availableProcessors());
        assertThat(jobThreads.getCorePoolSize()).isEqualTo(expected);
        assertThat(jobThreads.getMaxPoolSize()).isEqualTo(expected);
        ScreeningDriver.awaitEligibilityChecks(worker, Duration.ofMinutes(1));

        // screened by the worker, seen through the web node: under review, three reviewers told and given a task each
        assertThat(submitted).allSatisfy(id ->
                assertThat(applications.require(id).getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW));
        assertThat(mail.accepted()).hasSize(2 * 3);
        WorkTaskService inbox = web.bean(WorkTaskService.class);
        long conflictTasks = web.bean(UserDirectory.class).withRole(Role.REVIEWER).stream()
                .mapToLong((UserAccount reviewer) -> inbox.openTasksOf(reviewer).stream()
                        .filter(task -> task.kind() == TaskKind.DECLARE_CONFLICT && submitted.contains(task.applicationId()))
                        .count())
                .sum();
        assertThat(conflictTasks).isEqualTo(2 * 3);
    }

    private ClusterNode start(String name, Map<String, Object> database, String... args) {
        ClusterNode node = ClusterNode.start(name, database, clock, mail, args);
        nodes.add(node);
        return node;
    }
}
