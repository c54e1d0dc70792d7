/**
 * DynamoDB's request front end, before any table is looked at: the serialization layer (each member
 * of the JSON type its shape declares) and the constraint layer (required members, lengths, ranges,
 * patterns and enum values, all violations reported together). Driven by one declaration file,
 * {@code request-shapes.json}, generated from DynamoDB's service model; knows nothing of the engine.
 */
package io.github.dynamoconnection.embedded.validation;
