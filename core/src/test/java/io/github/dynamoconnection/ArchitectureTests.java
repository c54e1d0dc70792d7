package io.github.dynamoconnection;

import java.lang.reflect.Modifier;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the architecture (design/ARCHITECTURE.md), checked on the compiled classes of the
 * connection (core) and of the engine (embedded): core imports no Spring and no engine; the engine
 * imports no core and no Spring; public API packages expose no internal type in a public signature;
 * the public specs and options are immutable and made only through their builders; no package
 * cycles inside either.
 */
class ArchitectureTests {

	private static final String ENGINE = "io.github.dynamoconnection.embedded..";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.dynamoconnection");

	private static final DescribedPredicate<JavaClass> CORE = DescribedPredicate.describe("core",
			type -> type.getPackageName().startsWith("io.github.dynamoconnection")
					&& !type.getPackageName().startsWith("io.github.dynamoconnection.embedded")
					&& !type.getPackageName().startsWith("io.github.dynamoconnection.testsupport"));

	@Test
	void coreImportsNoSpringAndNoEngine() {
		noClasses().that(CORE).should().dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", ENGINE)
			.check(CLASSES);
	}

	@Test
	void engineImportsNoCoreAndNoSpring() {
		noClasses().that().resideInAPackage(ENGINE).should().dependOnClassesThat(
				DescribedPredicate.describe("core or Spring", type -> CORE.test(type)
						|| type.getPackageName().startsWith("org.springframework")))
			.check(CLASSES);
	}

	@Test
	void publicApiExposesNoInternalType() {
		methods().that().areDeclaredInClassesThat(CORE).and().areDeclaredInClassesThat()
			.resideOutsideOfPackage("io.github.dynamoconnection.internal..")
			.and().arePublic()
			.should(new ArchCondition<JavaMethod>("expose no internal type in a public signature") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					if (!Modifier.isPublic(method.getOwner().reflect().getModifiers())) {
						return;
					}
					method.getAllInvolvedRawTypes().stream()
						.filter(type -> type.getPackageName().startsWith("io.github.dynamoconnection.internal"))
						.forEach(type -> events.add(SimpleConditionEvent.violated(method,
								method.getFullName() + " exposes " + type.getName())));
				}
			})
			.check(CLASSES);
	}

	@Test
	void specsAndOptionsAreImmutableAndBuiltByTheirBuilders() {
		classes().that(CORE).and().haveNameMatching("io\\.github\\.dynamoconnection\\.[a-z]+\\.[A-Za-z]+(Spec|Options)")
			.should().haveOnlyFinalFields().andShould().haveOnlyPrivateConstructors()
			.check(CLASSES);
	}

	@Test
	void corePackagesHaveNoCycles() {
		slices().matching("io.github.dynamoconnection.(**)").should().beFreeOfCycles().check(CLASSES.that(CORE));
	}

	@Test
	void enginePackagesHaveNoCycles() {
		slices().matching("io.github.dynamoconnection.embedded.(**)").should().beFreeOfCycles().check(CLASSES);
	}

}
