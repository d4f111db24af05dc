package vn.vanthu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, kept by the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.vanthu");
    }

    @Test
    void stagesHaveNoCycles() {
        slices().matching("vn.vanthu.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void webAndCliTalkOnlyToTheArchiveAndValues() {
        // They may use the values the stages hand out (reports, requests, results), not the stages themselves.
        noClasses().that().resideInAnyPackage("vn.vanthu.web..", "vn.vanthu.cli..")
                .should().dependOnClassesThat().belongToAnyOf(
                        vn.vanthu.catalog.Catalog.class, vn.vanthu.catalog.BlobStore.class,
                        vn.vanthu.ingest.Ingester.class, vn.vanthu.extract.TikaExtractor.class,
                        vn.vanthu.extract.MetadataParser.class, vn.vanthu.index.SearchIndex.class,
                        vn.vanthu.xref.NumberTracer.class)
                .check(classes);
    }

    @Test
    void luceneStaysInsideIndexAndAnalysis() {
        noClasses().that().resideOutsideOfPackages("vn.vanthu.index..", "vn.vanthu.analysis..", "vn.vanthu.eval..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void textAndDocumentArePure() {
        noClasses().that().resideInAnyPackage("vn.vanthu.text..", "vn.vanthu.document..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.lucene..", "org.apache.tika..", "io.javalin..", "java.sql..")
                .check(classes);
    }
}
