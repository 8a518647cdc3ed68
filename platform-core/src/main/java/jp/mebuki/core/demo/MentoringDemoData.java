package jp.mebuki.core.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.mentor.ConflictKind;
import jp.mebuki.core.mentor.DeclaredConflict;
import jp.mebuki.core.mentor.MentorProfileChange;
import jp.mebuki.core.mentor.MentorProfileService;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

/**
 * The demo mentor pool: profiles for the two mentors of {@link DemoDataLoader} and ten more covering
 * the fields, stages, prefectures and languages of the programme, with alumni founders, an unavailable
 * mentor, institutional affiliations and a declared conflict. Runs after {@link DemoDataLoader}; adds
 * only what is missing, so it is safe on every start.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "mebuki.demo-data.enabled", havingValue = "true")
public class MentoringDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MentoringDemoData.class);
    private static final Set<GrowthStage> SEED_EARLY = Set.of(GrowthStage.SEED, GrowthStage.EARLY);
    private static final Set<GrowthStage> EARLY_MIDDLE = Set.of(GrowthStage.EARLY, GrowthStage.MIDDLE);
    private static final Set<GrowthStage> MIDDLE_LATER = Set.of(GrowthStage.MIDDLE, GrowthStage.LATER);

    /** One demo mentor: account and profile. */
    record DemoMentor(String username, String nameEn, String nameJa, String locale, String institution,
            String prefecture, Set<String> fields, Set<GrowthStage> stages, Set<String> languages, int capacity,
            boolean available, boolean alumniFounder, List<DeclaredConflict> conflicts) {
    }

    static final List<DemoMentor> MENTORS = List.of(
            new DemoMentor("mentor.ikeda", "Ikeda Shun (alumni founder)", "池田 駿（起業経験者）", "ja", null, "Miyagi",
                    Set.of("AI", "ROBOTICS_DRONES"), SEED_EARLY, Set.of("ja", "en"), 3, true, true, List.of()),
            new DemoMentor("mentor.hashimoto", "Hashimoto Kana", "橋本 佳奈", "en", null, "Tokyo",
                    Set.of("HEALTH_MEDICAL", "BIO"), EARLY_MIDDLE, Set.of("en", "ja"), 3, true, false, List.of()),
            new DemoMentor("mentor.fujita", "Fujita Ken", "藤田 健", "ja", null, "Iwate",
                    Set.of("ROBOTICS_DRONES", "DISASTER_INFRA"), Set.of(GrowthStage.SEED), Set.of("ja"), 2, true,
                    false, List.of()),
            new DemoMentor("mentor.okada", "Okada Rie", "岡田 理恵", "ja", "tohoku-u", "Miyagi",
                    Set.of("ROBOTICS_DRONES", "MOBILITY"), EARLY_MIDDLE, Set.of("ja"), 2, true, false, List.of()),
            new DemoMentor("mentor.ogawa", "Ogawa Taichi", "小川 太一", "ja", "sendai-kosen", "Miyagi",
                    Set.of("ROBOTICS_DRONES", "AI"), Set.of(GrowthStage.SEED), Set.of("ja"), 2, true, false,
                    List.of()),
            new DemoMentor("mentor.goto", "Goto Yumi", "後藤 由美", "ja", null, "Yamagata",
                    Set.of("MATERIALS", "SEMICONDUCTORS"), MIDDLE_LATER, Set.of("ja"), 3, true, false, List.of()),
            new DemoMentor("mentor.endo", "Endo Daisuke (alumni founder)", "遠藤 大輔（起業経験者）", "ja", null,
                    "Fukushima", Set.of("ENVIRONMENT_ENERGY", "FOOD_AGRI"), SEED_EARLY, Set.of("ja"), 3, true, true,
                    List.of()),
            new DemoMentor("mentor.aoki", "Aoki Mei", "青木 芽衣", "ja", "hirosaki-u", "Aomori",
                    Set.of("HEALTH_MEDICAL", "LIFE_SCIENCE"), SEED_EARLY, Set.of("ja"), 2, true, false, List.of()),
            new DemoMentor("mentor.nishimura", "Nishimura Alex (alumni founder)", "西村 アレックス（起業経験者）", "en",
                    null, "Tokyo", Set.of("AI", "NEXT_GEN_NETWORKS", "QUANTUM"), MIDDLE_LATER, Set.of("en"), 4, true,
                    true, List.of()),
            new DemoMentor("mentor.kikuchi", "Kikuchi Sho", "菊地 翔", "ja", "niigata-u", "Niigata",
                    Set.of("SPACE", "OCEAN", "ROBOTICS_DRONES"), EARLY_MIDDLE, Set.of("ja", "en"), 2, true, false,
                    List.of(new DeclaredConflict(ConflictKind.INSTITUTION, "sendai-kosen",
                            "advises a spin-off of Sendai College"))),
            new DemoMentor("mentor.sakai", "Sakai Natsuki", "酒井 夏希", "ja", null, "Akita",
                    Set.of("BIO", "FOOD_AGRI"), Set.of(GrowthStage.SEED), Set.of("ja"), 2, true, false, List.of()),
            new DemoMentor("mentor.murata", "Murata Jiro", "村田 次郎", "ja", "akita-u", "Akita",
                    Set.of("MATERIALS", "FUSION"), Set.of(GrowthStage.EARLY), Set.of("ja"), 2, false, false,
                    List.of()));

    private final UserDirectory users;
    private final MentorProfileService profiles;
    private final DemoPasswordHash demoPasswordHash;
    private final DemoDataLock lock;

    MentoringDemoData(UserDirectory users, MentorProfileService profiles, DemoPasswordHash demoPasswordHash,
            DemoDataLock lock) {
        this.users = users;
        this.profiles = profiles;
        this.demoPasswordHash = demoPasswordHash;
        this.lock = lock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.holdUntilTransactionEnds();
        int added = 0;
        for (DemoMentor mentor : MENTORS) {
            UserAccount account = users.findByUsername(mentor.username())
                    .orElseGet(() -> users.registerWithPasswordHash(mentor.username(), demoPasswordHash.get(),
                            "ja".equals(mentor.locale()) ? mentor.nameJa() : mentor.nameEn(),
                            mentor.username() + "@demo.mebuki.jp", mentor.institution(), mentor.locale(),
                            Set.of(Role.MENTOR), mentor.fields()));
            if (profiles.find(account.id()).isEmpty()) {
                profiles.update(account.id(), Actor.SYSTEM, new MentorProfileChange(mentor.fields(), mentor.stages(),
                        mentor.prefecture(), mentor.languages(), mentor.capacity(), mentor.available(),
                        mentor.institution(), mentor.alumniFounder(), null, mentor.conflicts()));
                added++;
            }
        }
        log.info("mentoring demo data: {} mentor profiles added", added);
    }
}
