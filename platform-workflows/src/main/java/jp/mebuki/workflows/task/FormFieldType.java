package jp.mebuki.workflows.task;

/** The Camunda form field types a generic task form may use. */
public enum FormFieldType {
    STRING, LONG, BOOLEAN, ENUM, DATE
}
