/** The charter's PDF: tagged layout, archival metadata, fonts and signature; used only through the feature's services. */
@NullMarked
package dk.sammen.charter.internal;

import org.jspecify.annotations.NullMarked;
