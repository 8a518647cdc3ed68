package jp.mebuki.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of the whole platform, checked where all three modules are on the class
 * path: core ← workflows ← web, engine types only in the process layer, no cycles between features.
 */
@AnalyzeClasses(packages = "jp.mebuki", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule coreDependsOnNeitherWorkflowsNorWeb = noClasses()
            .that().resideInAPackage("jp.mebuki.core..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.mebuki.workflows..", "jp.mebuki.web..");

    @ArchTest
    static final ArchRule workflowsDoNotDependOnWeb = noClasses()
            .that().resideInAPackage("jp.mebuki.workflows..")
            .should().dependOnClassesThat().resideInAPackage("jp.mebuki.web..");

    @ArchTest
    static final ArchRule engineTypesOnlyInTheProcessLayer = noClasses()
            .that().resideOutsideOfPackages("jp.mebuki.workflows..", "jp.mebuki.web.config..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycles = slices()
            .matching("jp.mebuki.(*).(*)..")
            .should().beFreeOfCycles();
}
