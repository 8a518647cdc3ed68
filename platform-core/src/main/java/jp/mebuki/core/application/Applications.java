package jp.mebuki.core.application;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.user.UserId;

interface Applications extends ListCrudRepository<Application, ApplicationId> {

    List<Application> findByApplicantIdOrderByIdAsc(UserId applicantId);

    List<Application> findByCallIdOrderByIdAsc(CallId callId);

    List<Application> findAllByOrderByIdAsc();
}
