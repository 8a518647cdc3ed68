package jp.mebuki.workflows.config;

import org.camunda.bpm.engine.impl.cfg.IdGenerator;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * The engine's ids as time-ordered UUIDs (version 7: a millisecond timestamp, then random bits), from the same
 * library as Camunda's {@code StrongUuidGenerator}, which the Spring Boot starter uses by default.
 * <p>
 * Why not the default: its version 1 UUIDs start with the fast-changing low bits of the timestamp, so as
 * strings (the engine's primary keys) they sort at random, and every insert lands on a random page of each
 * primary-key and foreign-key index of the ACT_* tables. Ids that sort by time append at the end of those
 * indexes, as the bare engine's sequential {@code DbIdGenerator} ids do, without that generator's shared
 * block counter in {@code ACT_GE_PROPERTY} (one more transaction per 100 ids, and one lock for all threads).
 * Still unique across nodes without coordination (74 random bits per millisecond and node), still 36-character
 * UUIDs, so existing version 1 ids in a database stay valid beside them.
 * <p>
 * Public for the bare-engine benchmark, which must run with the same generator.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {

    private final NoArgGenerator uuids = Generators.timeBasedEpochGenerator();

    @Override
    public String getNextId() {
        return uuids.generate().toString();
    }
}
