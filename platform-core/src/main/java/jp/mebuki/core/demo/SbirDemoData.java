package jp.mebuki.core.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.sbir.ResearchTheme;
import jp.mebuki.core.sbir.SbirCatalog;
import jp.mebuki.core.shared.Actor;

/**
 * SBIR demo data: three research themes written by {@code pm.sato} and the open SBIR call
 * {@value #OPEN_CALL} on them. Runs after {@link DemoDataLoader} (users, the SBIR programme) and loads
 * nothing when the call exists already, so it is safe on every start.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "mebuki.demo-data.enabled", havingValue = "true")
public class SbirDemoData implements ApplicationRunner {

    public static final String OPEN_CALL = "SBIR-2026-1";
    public static final String DRONE_THEME = "SBIR-T-2026-01";
    public static final String HEALTH_THEME = "SBIR-T-2026-02";
    public static final String MATERIALS_THEME = "SBIR-T-2026-03";

    private static final Logger log = LoggerFactory.getLogger(SbirDemoData.class);

    private final SbirCatalog sbir;
    private final Clock clock;
    private final DemoDataLock lock;

    SbirDemoData(SbirCatalog sbir, Clock clock, DemoDataLock lock) {
        this.sbir = sbir;
        this.clock = clock;
        this.lock = lock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.holdUntilTransactionEnds();
        if (sbir.findThemeByCode(DRONE_THEME).isPresent()) {
            return;
        }
        Actor pm = Actor.user("pm.sato");
        ResearchTheme drones = sbir.createTheme(pm, DRONE_THEME, "Drones for disaster-site reconnaissance",
                "災害現場偵察用ドローンの開発", "Cabinet Office (Disaster Management)",
                "Situational awareness within hours of a large earthquake or flood, where roads are cut.",
                "DISASTER_INFRA");
        ResearchTheme health = sbir.createTheme(pm, HEALTH_THEME, "Remote monitoring of elderly patients at home",
                "在宅高齢患者の遠隔見守り技術", "Ministry of Health, Labour and Welfare",
                "Depopulated regions need home care that fewer nurses can cover.", "HEALTH_MEDICAL");
        ResearchTheme materials = sbir.createTheme(pm, MATERIALS_THEME, "Recyclable materials for public buildings",
                "公共建築向けリサイクル可能材料", "Ministry of Land, Infrastructure, Transport and Tourism",
                "Public works must cut embodied carbon while keeping seismic safety.", "MATERIALS");
        Instant now = clock.instant();
        sbir.openCall(pm, OPEN_CALL, "SBIR Phase 1 call FY2026", "SBIR フェーズ1 公募 2026年度",
                now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(90)), 300_000_000L, 3,
                List.of(drones.id(), health.id(), materials.id()));
        log.info("SBIR demo data loaded: call {} on 3 themes", OPEN_CALL);
    }
}
