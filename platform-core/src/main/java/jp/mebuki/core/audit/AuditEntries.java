package jp.mebuki.core.audit;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AuditEntries extends ListCrudRepository<AuditEntry, Long> {

    List<AuditEntry> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, long subjectId);

    List<AuditEntry> findByActionOrderByIdAsc(String action);
}
