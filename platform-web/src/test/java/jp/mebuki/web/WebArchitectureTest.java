package jp.mebuki.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The web layer's boundaries, checked on the compiled main classes. */
class WebArchitectureTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("jp.mebuki.web");

    /** Except the webapps' single sign-on glue in {@code web.config}, as {@code ModuleBoundariesTest} allows. */
    @Test
    void webClassesDoNotUseEngineTypes() {
        noClasses().that().resideInAPackage("jp.mebuki.web..").and().resideOutsideOfPackage("jp.mebuki.web.config..")
                .should().dependOnClassesThat()
                .resideInAPackage("org.camunda..").check(WEB);
    }

    @Test
    void webClassesDoNotUsePersistence() {
        noClasses().that().resideInAPackage("jp.mebuki.web..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.data..", "org.springframework.jdbc..", "java.sql..")
                .check(WEB);
    }

    @Test
    void controllersAndTheirDtosArePackagePrivate() {
        classes().that().haveSimpleNameEndingWith("Controller").or().haveSimpleNameEndingWith("Request")
                .or().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Mapper")
                .should().notBePublic().check(WEB);
    }

    @Test
    void featurePackagesDoNotDependOnEachOther() {
        noClasses().that().resideInAnyPackage("jp.mebuki.web.application..", "jp.mebuki.web.call..")
                .should().dependOnClassesThat().resideInAPackage("jp.mebuki.web.task..").check(WEB);
        noClasses().that().resideInAnyPackage("jp.mebuki.web.task..", "jp.mebuki.web.call..")
                .should().dependOnClassesThat().resideInAPackage("jp.mebuki.web.application..").check(WEB);
    }
}
