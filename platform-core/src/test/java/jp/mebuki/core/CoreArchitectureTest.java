package jp.mebuki.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain's own boundaries; the rules across modules are in platform-web's ModuleBoundariesTest. */
@AnalyzeClasses(packages = "jp.mebuki.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheProcessLayerOrTheWeb = noClasses()
            .that().resideInAPackage("jp.mebuki.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("jp.mebuki.workflows..", "jp.mebuki.web..", "org.camunda..");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycles = slices()
            .matching("jp.mebuki.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featurePackagesDoNotReachIntoWiringOrDemoData = noClasses()
            .that().resideOutsideOfPackages("jp.mebuki.core.config..", "jp.mebuki.core.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.mebuki.core.config..", "jp.mebuki.core.demo..");

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirFeature = noClasses()
            .that().areAssignableTo(org.springframework.data.repository.Repository.class)
            .should().bePublic();
}
