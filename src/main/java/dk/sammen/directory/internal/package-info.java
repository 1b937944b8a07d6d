/** The department and person tables, and reading the people import; used only through the feature's services. */
@NullMarked
package dk.sammen.directory.internal;

import org.jspecify.annotations.NullMarked;
