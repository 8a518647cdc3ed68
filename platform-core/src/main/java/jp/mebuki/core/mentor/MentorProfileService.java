package jp.mebuki.core.mentor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;

/**
 * Mentor profiles: read by PMs and the matcher, written by each mentor for themselves. A mentor may
 * not lower their capacity below the teams they already have.
 */
@Service
public class MentorProfileService {

    /** The audit subject type of mentor profiles (subject id = the mentor's user id). */
    public static final String AUDIT_SUBJECT = "MENTOR";

    static final int MAX_CAPACITY = 20;
    private static final Set<String> LANGUAGES = Set.of("ja", "en", "zh", "ko");

    private final MentorProfiles profiles;
    private final MentoringMatches matches;
    private final UserDirectory users;
    private final CallCatalog catalog;
    private final AuditLog audit;

    MentorProfileService(MentorProfiles profiles, MentoringMatches matches, UserDirectory users, CallCatalog catalog,
            AuditLog audit) {
        this.profiles = profiles;
        this.matches = matches;
        this.users = users;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<MentorProfile> profiles() {
        return profiles.findAll().stream().sorted(Comparator.comparingLong(p -> p.userId().value())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<MentorProfile> find(UserId mentor) {
        return profiles.findById(mentor);
    }

    @Transactional(readOnly = true)
    public MentorProfile require(UserId mentor) {
        return profiles.findById(mentor).orElseThrow(() -> new NotFoundException("mentor profile", mentor));
    }

    /** Teams currently offered to or mentored by the mentor. */
    @Transactional(readOnly = true)
    public int currentLoad(UserId mentor) {
        return matches.findByMentorIdAndStateIn(mentor, List.of(MentoringState.OFFERED, MentoringState.ACTIVE)).size();
    }

    /** Every enabled mentor with a profile, as the matcher sees them, ordered by user id. */
    @Transactional(readOnly = true)
    public List<MentorCandidate> candidates() {
        Map<UserId, Long> load = matches.findByStateIn(List.of(MentoringState.OFFERED, MentoringState.ACTIVE))
                .stream().collect(Collectors.groupingBy(MentoringMatch::getMentorId, Collectors.counting()));
        Set<UserId> enabledMentors = users.withRole(Role.MENTOR).stream().map(UserAccount::id)
                .collect(Collectors.toSet());
        return profiles().stream().filter(p -> enabledMentors.contains(p.userId()))
                .map(p -> p.asCandidate(load.getOrDefault(p.userId(), 0L).intValue())).toList();
    }

    /** Creates or replaces the mentor's own profile; the user must hold the MENTOR role. */
    @Transactional
    public MentorProfile update(UserId mentor, Actor actor, MentorProfileChange change) {
        UserAccount account = users.require(mentor);
        if (!account.hasRole(Role.MENTOR)) {
            throw new NotFoundException("mentor profile", mentor);
        }
        validate(change);
        int load = currentLoad(mentor);
        if (change.capacity() < load) {
            throw new InvalidInputException("capacity-below-load", "capacity", "capacity " + change.capacity()
                    + " is below the " + load + " teams the mentor already has");
        }
        Integer version = profiles.findById(mentor).map(MentorProfile::version).orElse(null);
        MentorProfile saved = profiles.save(MentorProfile.of(mentor, version, change));
        audit.record(actor, "MENTOR_PROFILE_UPDATED", AUDIT_SUBJECT, mentor.value(),
                "fields " + saved.fieldCodes() + ", stages " + saved.stages() + ", " + saved.prefecture()
                        + ", languages " + saved.languages() + ", capacity " + saved.capacity()
                        + (saved.available() ? "" : ", not available") + ", conflicts " + saved.conflicts().size());
        return saved;
    }

    private void validate(MentorProfileChange change) {
        if (change == null) {
            throw new InvalidInputException("required", "fieldCodes", "a profile is required");
        }
        if (change.fieldCodes().isEmpty() || change.fieldCodes().contains(null)) {
            throw new InvalidInputException("required", "fieldCodes", "at least one field of expertise is required");
        }
        for (String field : change.fieldCodes()) {
            if (!catalog.isTechnologyField(field)) {
                throw new InvalidInputException("unknown-field", "fieldCodes", "unknown technology field " + field);
            }
        }
        if (change.stages().isEmpty() || change.stages().contains(null)) {
            throw new InvalidInputException("required", "stages", "at least one stage of growth is required");
        }
        if (change.prefecture() == null || change.prefecture().isBlank() || change.prefecture().length() > 40) {
            throw new InvalidInputException("required", "prefecture", "prefecture is required (at most 40 characters)");
        }
        if (change.languages().isEmpty() || change.languages().contains(null)) {
            throw new InvalidInputException("required", "languages", "at least one language is required");
        }
        for (String language : change.languages()) {
            if (!LANGUAGES.contains(language)) {
                throw new InvalidInputException("unknown-language", "languages",
                        "unknown language " + language + "; one of " + LANGUAGES.stream().sorted().toList());
            }
        }
        if (change.capacity() == null) {
            throw new InvalidInputException("required", "capacity", "capacity is required");
        }
        if (change.capacity() < 0 || change.capacity() > MAX_CAPACITY) {
            throw new InvalidInputException("out-of-range", "capacity",
                    "capacity must be between 0 and " + MAX_CAPACITY);
        }
        if (change.institutionCode() != null && catalog.findInstitution(change.institutionCode()).isEmpty()) {
            throw new InvalidInputException("unknown-institution", "institutionCode",
                    "unknown institution " + change.institutionCode());
        }
        if (change.bio() != null && change.bio().length() > 2000) {
            throw new InvalidInputException("too-long", "bio", "bio must be at most 2000 characters");
        }
        for (int i = 0; i < change.conflicts().size(); i++) {
            DeclaredConflict conflict = change.conflicts().get(i);
            String at = "conflicts[" + i + "]";
            if (conflict == null || conflict.kind() == null) {
                throw new InvalidInputException("required", at + ".kind", "every conflict needs a kind");
            }
            if (conflict.reference() == null || conflict.reference().isBlank()) {
                throw new InvalidInputException("required", at + ".reference", "every conflict needs a reference");
            }
            if (conflict.kind() == ConflictKind.INSTITUTION && catalog.findInstitution(conflict.reference()).isEmpty()) {
                throw new InvalidInputException("unknown-institution", at + ".reference",
                        "unknown institution " + conflict.reference());
            }
            if (conflict.kind() == ConflictKind.TEAM && !conflict.reference().matches("(GAP_FUND_APPLICATION|SBIR_PROJECT):\\d+")) {
                throw new InvalidInputException("bad-reference", at + ".reference",
                        "a team is named KIND:ID, e.g. GAP_FUND_APPLICATION:12");
            }
            if (conflict.reason() == null || conflict.reason().isBlank() || conflict.reason().length() > 500) {
                throw new InvalidInputException("required", at + ".reason",
                        "every conflict needs a reason (at most 500 characters)");
            }
        }
    }
}
