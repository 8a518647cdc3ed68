package jp.mebuki.web.ui.task;

import java.util.LinkedHashMap;
import java.util.Map;

/** The submitted values of a generic task's form, by field id ({@code values[fieldId]} in the page). */
public class FormTaskForm {

    private Map<String, String> values = new LinkedHashMap<>();

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }
}
