package jp.mebuki.core.programme;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.shared.TransactionMemo;

/** Reads programmes, calls and the reference data, and creates them (PM set-up and demo data). */
@Service
public class CallCatalog {

    private final Programmes programmes;
    private final Calls calls;
    private final Institutions institutions;
    private final TechnologyFields fields;
    private final Clock clock;
    private final TransactionMemo<CallId, Call> memo = new TransactionMemo<>("calls");
    /**
     * Calls this node has read, reused while the database still holds the same version: a call changes a few
     * times in its life but is read by every submission, eligibility check, reviewer assignment and review
     * (one version query instead of the aggregate's three). Checked against the database on every use, so
     * a change made on another node is seen at once; a handful of calls per programme, so never evicted.
     */
    private final Map<CallId, Call> readBefore = new ConcurrentHashMap<>();

    CallCatalog(Programmes programmes, Calls calls, Institutions institutions, TechnologyFields fields, Clock clock) {
        this.programmes = programmes;
        this.calls = calls;
        this.institutions = institutions;
        this.fields = fields;
        this.clock = clock;
    }

    /** Calls whose window contains the current instant. */
    @Transactional(readOnly = true)
    public List<Call> openCalls() {
        return calls.findOpenAt(clock.instant());
    }

    /** Every call, latest opening first (programme managers' overview). */
    @Transactional(readOnly = true)
    public List<Call> allCalls() {
        return calls.findAll().stream().sorted(Comparator.comparing(Call::opensAt).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public Call requireCall(CallId id) {
        return findCall(id).orElseThrow(() -> new NotFoundException("call", id));
    }

    @Transactional(readOnly = true)
    public Optional<Call> findCall(CallId id) {
        // read once per transaction: a submission checks the call, its eligibility and its reviewer slots
        return Optional.ofNullable(memo.get(id, () -> current(id)));
    }

    private Call current(CallId id) {
        Call known = readBefore.get(id);
        if (known != null && calls.findVersionById(id.value()).filter(known.version()::equals).isPresent()) {
            return known;
        }
        Call loaded = calls.findById(id).orElse(null);
        if (loaded == null) {
            readBefore.remove(id);
        } else {
            readBefore.put(id, loaded);
        }
        return loaded;
    }

    @Transactional(readOnly = true)
    public Optional<Call> findCallByCode(String code) {
        return calls.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<Programme> findProgrammeByCode(String code) {
        return programmes.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<Institution> findInstitution(String code) {
        return code == null ? Optional.empty() : institutions.findById(code);
    }

    @Transactional(readOnly = true)
    public List<Institution> institutions() {
        return institutions.findAll().stream().sorted(Comparator.comparing(Institution::code)).toList();
    }

    @Transactional(readOnly = true)
    public boolean isTechnologyField(String code) {
        return code != null && fields.existsById(code);
    }

    @Transactional(readOnly = true)
    public List<TechnologyField> technologyFields() {
        return fields.findAll();
    }

    @Transactional
    public Programme saveProgramme(Programme programme) {
        return programmes.save(programme);
    }

    @Transactional
    public Call saveCall(Call call) {
        Call saved = calls.save(call);
        return memo.put(saved.id(), saved);
    }
}
