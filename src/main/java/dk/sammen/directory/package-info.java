/** Departments, people and the CSV import. */
@NullMarked
package dk.sammen.directory;

import org.jspecify.annotations.NullMarked;
