package jp.mebuki.core.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.EligibleInstitution;
import jp.mebuki.core.programme.Institution;
import jp.mebuki.core.programme.Programme;
import jp.mebuki.core.programme.ProgrammeKind;
import jp.mebuki.core.programme.RubricCriterion;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserDirectory;

/** Seeds an empty database with the demo programmes, call and users; does nothing on later starts. */
@Component
@Order(0)
@ConditionalOnProperty(name = "mebuki.demo-data.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    /** The password of every demo user (documented in README.md). */
    public static final String DEMO_PASSWORD = "mebuki-demo";
    public static final String GAP_FUND_PROGRAMME = "MICHINOKU-GAP-FUND";
    public static final String OPEN_CALL = "MGF-2026-2";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CallCatalog catalog;
    private final UserDirectory users;
    private final Clock clock;
    private final DemoPasswordHash demoPasswordHash;
    private final DemoDataLock lock;

    DemoDataLoader(CallCatalog catalog, UserDirectory users, Clock clock, DemoPasswordHash demoPasswordHash,
            DemoDataLock lock) {
        this.catalog = catalog;
        this.users = users;
        this.clock = clock;
        this.demoPasswordHash = demoPasswordHash;
        this.lock = lock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.holdUntilTransactionEnds();
        if (catalog.findProgrammeByCode(GAP_FUND_PROGRAMME).isPresent()) {
            log.info("demo data already present; nothing loaded");
            return;
        }
        loadProgrammesAndCalls();
        loadUsers();
        log.info("demo data loaded: {} users; password of every demo user: {}", users.count(), DEMO_PASSWORD);
    }

    private void loadProgrammesAndCalls() {
        Programme gapFund = catalog.saveProgramme(Programme.create(GAP_FUND_PROGRAMME, ProgrammeKind.GAP_FUND,
                "Michinoku Gap Fund", "みちのくギャップファンド"));
        catalog.saveProgramme(Programme.create("SBIR", ProgrammeKind.SBIR,
                "SBIR (Small/Startup Business Innovation Research)", "SBIR制度（スタートアップ等による研究開発促進）"));
        Set<EligibleInstitution> members = catalog.institutions().stream().filter(Institution::platformMember)
                .map(i -> new EligibleInstitution(i.code())).collect(Collectors.toSet());
        Instant now = clock.instant();
        catalog.saveCall(new Call(null, gapFund.id(), OPEN_CALL, "Michinoku Gap Fund FY2026, second call",
                "みちのくギャップファンド 2026年度 第2回公募", now.minus(Duration.ofDays(14)), now.plus(Duration.ofDays(60)),
                100_000_000L, 5_000_000L, 3, 14, 3, false, members, gapFundRubric(), null));
        catalog.saveCall(new Call(null, gapFund.id(), "MGF-2026-1", "Michinoku Gap Fund FY2026, first call",
                "みちのくギャップファンド 2026年度 第1回公募", now.minus(Duration.ofDays(200)),
                now.minus(Duration.ofDays(120)), 80_000_000L, 5_000_000L, 3, 14, 3, false, members, gapFundRubric(),
                null));
    }

    /** The gap fund's rubric: five criteria scored 1–5, weights summing to 1. */
    public static List<RubricCriterion> gapFundRubric() {
        return List.of(
                new RubricCriterion("TECHNOLOGY", "Novelty and strength of the technology", "技術の新規性・優位性",
                        new BigDecimal("0.30"), 5),
                new RubricCriterion("MARKET", "Market and business potential", "市場性・事業性", new BigDecimal("0.25"), 5),
                new RubricCriterion("TEAM", "Team and ability to execute", "チームの実行力", new BigDecimal("0.20"), 5),
                new RubricCriterion("PLAN", "Soundness of the plan and budget", "計画・予算の妥当性", new BigDecimal("0.15"), 5),
                new RubricCriterion("IMPACT", "Impact on the region and society", "地域・社会へのインパクト",
                        new BigDecimal("0.10"), 5));
    }

    private void loadUsers() {
        user("admin", "Platform administrator", "システム管理者", null, "ja", Set.of(Role.ADMIN), Set.of());
        user("pm.sato", "Sato Misaki (PM)", "佐藤 美咲（PM）", "tohoku-u", "ja", Set.of(Role.PM), Set.of());
        user("pm.suzuki", "Suzuki Ken (PM)", "鈴木 健（PM）", null, "en", Set.of(Role.PM), Set.of());

        user("rev.takahashi", "Takahashi Hiroshi", "高橋 浩", "tohoku-u", "ja", Set.of(Role.REVIEWER),
                Set.of("AI", "SEMICONDUCTORS"));
        user("rev.watanabe", "Watanabe Yuko", "渡辺 優子", "hirosaki-u", "ja", Set.of(Role.REVIEWER),
                Set.of("HEALTH_MEDICAL", "BIO"));
        user("rev.ito", "Ito Takeshi", "伊藤 剛", "iwate-u", "ja", Set.of(Role.REVIEWER),
                Set.of("MATERIALS", "ENVIRONMENT_ENERGY"));
        user("rev.yamamoto", "Yamamoto Aya", "山本 彩", "yamagata-u", "ja", Set.of(Role.REVIEWER),
                Set.of("MATERIALS", "FOOD_AGRI"));
        user("rev.nakamura", "Nakamura Jun", "中村 潤", "niigata-u", "en", Set.of(Role.REVIEWER),
                Set.of("DISASTER_INFRA", "ROBOTICS_DRONES"));
        user("rev.kobayashi", "Kobayashi Emi", "小林 恵美", "akita-u", "ja", Set.of(Role.REVIEWER),
                Set.of("HEALTH_MEDICAL", "LIFE_SCIENCE"));
        user("rev.kato", "Kato Satoshi", "加藤 聡", "fukushima-u", "ja", Set.of(Role.REVIEWER),
                Set.of("ENVIRONMENT_ENERGY", "DISASTER_INFRA"));
        user("rev.yoshida", "Yoshida Mai", "吉田 舞", "u-aizu", "en", Set.of(Role.REVIEWER),
                Set.of("AI", "NEXT_GEN_NETWORKS"));
        user("rev.yamada", "Yamada Taro (industry)", "山田 太郎（産業界）", null, "ja", Set.of(Role.REVIEWER),
                Set.of("BIO", "HEALTH_MEDICAL", "FOOD_AGRI"));
        user("rev.sasaki", "Sasaki Makoto", "佐々木 誠", "nagaokaut", "ja", Set.of(Role.REVIEWER),
                Set.of("SEMICONDUCTORS", "MATERIALS", "QUANTUM"));
        user("rev.yamaguchi", "Yamaguchi Nao", "山口 奈緒", "miyagi-u", "ja", Set.of(Role.REVIEWER),
                Set.of("FOOD_AGRI", "BIO"));
        user("rev.matsumoto", "Matsumoto Ryo", "松本 亮", "sendai-kosen", "ja", Set.of(Role.REVIEWER),
                Set.of("ROBOTICS_DRONES", "MOBILITY", "AI"));

        user("app.abe", "Abe Haruka", "阿部 遥", "tohoku-u", "ja", Set.of(Role.APPLICANT), Set.of());
        user("app.inoue", "Inoue Daiki", "井上 大輝", "hirosaki-u", "ja", Set.of(Role.APPLICANT), Set.of());
        user("app.kimura", "Kimura Sora", "木村 空", "yamagata-u", "en", Set.of(Role.APPLICANT), Set.of());
        user("app.hayashi", "Hayashi Rin", "林 凛", "fmu", "ja", Set.of(Role.APPLICANT), Set.of());
        user("app.mori", "Mori Kaito", "森 海斗", "sendai-kosen", "ja", Set.of(Role.APPLICANT), Set.of());
        user("app.shimizu", "Shimizu Yui", "清水 結衣", "u-tokyo", "ja", Set.of(Role.APPLICANT), Set.of());

        user("mentor.ikeda", "Ikeda Shun (alumni founder)", "池田 駿（起業経験者）", null, "ja", Set.of(Role.MENTOR),
                Set.of("AI", "ROBOTICS_DRONES"));
        user("mentor.hashimoto", "Hashimoto Kana", "橋本 佳奈", null, "en", Set.of(Role.MENTOR),
                Set.of("HEALTH_MEDICAL", "BIO"));
    }

    private void user(String username, String nameEn, String nameJa, String institution, String locale,
            Set<Role> roles, Set<String> fields) {
        users.registerWithPasswordHash(username, demoPasswordHash.get(), "ja".equals(locale) ? nameJa : nameEn,
                username + "@demo.mebuki.jp", institution, locale, roles, fields);
    }
}
