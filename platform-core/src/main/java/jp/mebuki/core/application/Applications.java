package jp.mebuki.core.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.user.UserId;

interface Applications extends ListCrudRepository<Application, ApplicationId> {

    List<Application> findByApplicantIdOrderByIdAsc(UserId applicantId);

    List<Application> findByCallIdOrderByIdAsc(CallId callId);

    List<Application> findAllByOrderByIdAsc();

    @Query("select call_id from application where id = :id")
    Optional<Long> findCallIdById(long id);
}
