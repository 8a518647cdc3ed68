package jp.mebuki.web.ui;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;

import jp.mebuki.core.shared.InvalidInputException;

/** Puts the domain's refusal beside the form field it names (message code {@code domain.<code>}). */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void reject(BindingResult result, InvalidInputException e) {
        String code = "domain." + e.code();
        if (e.field() != null) {
            try {
                result.rejectValue(e.field(), code, e.getMessage());
                return;
            } catch (BeansException notAFieldOfTheForm) {
                // the domain named something the form does not show: report it for the whole form
            }
        }
        result.reject(code, e.getMessage());
    }
}
