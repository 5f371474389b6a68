/**
 * Internal: the one Jackson configuration generated models are read and written with, shared by the
 * public API ({@code ApiException}'s typed body) and the core. Depends on no other package of the
 * runtime.
 */
package dev.seamgen.runtime.json;
