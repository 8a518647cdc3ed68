package jp.mebuki.web.audit;

import java.util.List;

import org.mapstruct.Mapper;

import jp.mebuki.core.audit.AuditEntry;

@Mapper
interface AuditEntryViewMapper {

    AuditEntryView toView(AuditEntry entry);

    List<AuditEntryView> toViews(List<AuditEntry> entries);
}
