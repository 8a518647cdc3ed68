package jp.mebuki.web.ui;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.Institution;
import jp.mebuki.core.programme.TechnologyField;

/** Names of reference data in the request's language, for the templates ({@code ${@refs.field(code)}}). */
@Component("refs")
public class ReferenceNames {

    private final CallCatalog calls;

    ReferenceNames(CallCatalog calls) {
        this.calls = calls;
    }

    public String field(String code) {
        if (code == null) {
            return "";
        }
        return calls.technologyFields().stream().filter(f -> f.code().equals(code)).findFirst()
                .map(this::name).orElse(code);
    }

    public String name(TechnologyField field) {
        return ja() ? field.nameJa() : field.nameEn();
    }

    public String institution(String code) {
        return calls.findInstitution(code).map(this::name).orElse(code == null ? "" : code);
    }

    public String name(Institution institution) {
        return ja() ? institution.nameJa() : institution.nameEn();
    }

    public String prefecture(String institutionCode) {
        return calls.findInstitution(institutionCode).map(i -> ja() ? i.prefectureJa() : i.prefectureEn()).orElse("");
    }

    public String title(jp.mebuki.core.programme.Call call) {
        return ja() ? call.titleJa() : call.titleEn();
    }

    public String criterion(jp.mebuki.core.programme.RubricCriterion criterion) {
        return ja() ? criterion.nameJa() : criterion.nameEn();
    }

    private static boolean ja() {
        return "ja".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
