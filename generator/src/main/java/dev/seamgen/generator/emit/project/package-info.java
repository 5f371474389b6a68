/**
 * The build file around the SDK when a run is asked for a project ({@code --project}): a {@code
 * pom.xml} rendered from a Mustache template, with the Java sources moved under {@code
 * src/main/java}. Internal to the generator.
 */
package dev.seamgen.generator.emit.project;
