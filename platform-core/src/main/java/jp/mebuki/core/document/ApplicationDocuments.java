package jp.mebuki.core.document;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;

interface ApplicationDocuments extends ListCrudRepository<ApplicationDocument, Long> {

    List<ApplicationDocument> findByApplicationIdOrderByIdAsc(ApplicationId applicationId);
}
