package io.github.dynamoconnection.readme.snippet;

import org.springframework.boot.SpringBootConfiguration;

/**
 * The configuration README's test-annotation example finds: outside the sample app's packages, so
 * the sample's component scan never sees README's example classes.
 */
@SpringBootConfiguration
class SnippetApplication {

}
