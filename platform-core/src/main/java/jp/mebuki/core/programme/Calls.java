package jp.mebuki.core.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Calls extends ListCrudRepository<Call, CallId> {

    @Query("select * from funding_call where opens_at <= :now and closes_at > :now order by closes_at, id")
    List<Call> findOpenAt(Instant now);

    Optional<Call> findByCode(String code);

    /** The call's version alone (every save of the aggregate raises it): one column of one row. */
    @Query("select version from funding_call where id = :id")
    Optional<Integer> findVersionById(long id);
}
