package jp.mebuki.core.sbir;

import java.util.Map;

/**
 * The SBIR figures a programme office reports: projects per phase and status, how many projects
 * passed each gate, and the commercialization outcomes (public procurement contracts and their value,
 * private matchings, test marketing).
 */
public record SbirKpis(
        int projects,
        Map<SbirPhase, Long> activeByPhase,
        Map<ProjectStatus, Long> byStatus,
        long reachedPhase2,
        long reachedPhase3,
        long reachedCommercialization,
        long publicProcurementContracts,
        long publicProcurementYen,
        long privateMatchings,
        long testMarketings) {
}
