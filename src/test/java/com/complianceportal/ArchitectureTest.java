package com.complianceportal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.complianceportal.apikey.service.ApiKeys;
import com.complianceportal.apikey.service.KeyCheck;
import com.complianceportal.assessment.service.AssessmentCatalogue;
import com.complianceportal.assessment.service.AssessmentSource;
import com.complianceportal.assessment.service.WorkflowStarter;
import com.complianceportal.shared.Secret;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

class ArchitectureTest {

    static final String BASE = "com.complianceportal";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void domain_does_not_depend_on_services_or_ui() {
        noClasses().that().resideInAPackage(BASE + "..domain..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + "..service..", BASE + "..ui..").check(classes);
    }

    @Test
    void services_do_not_depend_on_the_ui() {
        noClasses().that().resideInAPackage(BASE + "..service..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + "..ui..").check(classes);
    }

    @Test
    void views_never_touch_repositories_jdbc_or_http_clients() {
        noClasses().that().resideInAPackage(BASE + "..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.springframework.web.client..",
                        "org.springframework.jdbc..")
                .orShould().dependOnClassesThat().resideInAnyPackage(BASE + "..local..", BASE + "..upstream..")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_by_domain_and_service_code() {
        classes().that().areAssignableTo(Repository.class).should().onlyHaveDependentClassesThat()
                .resideInAnyPackage(BASE + "..domain..", BASE + "..service..").check(classes);
    }

    @Test
    void repositories_are_accessed_only_by_transactional_classes() {
        classes().that().areAssignableTo(Repository.class).should().onlyBeAccessed().byClassesThat()
                .areAnnotatedWith(Transactional.class).check(classes);
    }

    @Test
    void only_the_assessment_services_and_their_adapters_reach_the_ports() {
        classes().that().haveFullyQualifiedName(AssessmentSource.class.getName())
                .or().haveFullyQualifiedName(AssessmentCatalogue.class.getName())
                .or().haveFullyQualifiedName(WorkflowStarter.class.getName())
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(BASE + ".assessment.service",
                        BASE + ".assessment.local..", BASE + ".assessment.upstream..")
                .check(classes);
    }

    @Test
    void shared_types_depend_on_no_other_part_of_the_portal() {
        noClasses().that().resideInAPackage(BASE + ".shared..").should().dependOnClassesThat(
                resideInAPackage(BASE + "..").and(not(resideInAPackage(BASE + ".shared..")))).check(classes);
    }

    @Test
    void the_master_key_and_its_cipher_are_used_only_by_the_api_key_and_two_step_services() {
        classes().that().resideInAPackage(BASE + ".apikey.crypto..").should().onlyBeAccessed().byClassesThat()
                .resideInAnyPackage(BASE + ".apikey.crypto..", BASE + ".apikey.service..", BASE + ".mfa.service..")
                .check(classes);
    }

    @Test
    void only_the_upstream_layer_turns_a_stored_key_into_plaintext() {
        classes().that().areAssignableTo(ApiKeys.class).should().onlyBeAccessed().byClassesThat()
                .resideInAnyPackage(BASE + "..upstream..", BASE + ".apikey.service..").check(classes);
    }

    @Test
    void only_the_key_administration_and_the_upstream_layer_reach_the_key_check() {
        classes().that().haveFullyQualifiedName(KeyCheck.class.getName()).should().onlyHaveDependentClassesThat()
                .resideInAnyPackage(BASE + ".apikey.service", BASE + "..upstream..").check(classes);
    }

    @Test
    void views_never_reveal_a_secret() {
        noClasses().that().resideInAPackage(BASE + "..ui..").should().callMethod(Secret.class, "reveal")
                .check(classes);
    }

    @Test
    void the_local_and_upstream_adapters_never_depend_on_each_other() {
        noClasses().that().resideInAPackage(BASE + "..local..").should().dependOnClassesThat()
                .resideInAPackage(BASE + "..upstream..").check(classes);
        noClasses().that().resideInAPackage(BASE + "..upstream..").should().dependOnClassesThat()
                .resideInAPackage(BASE + "..local..").allowEmptyShould(true).check(classes);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
