/** Charter downloads and "Tjek en aftale". */
@NullMarked
package dk.sammen.charter.ui;

import org.jspecify.annotations.NullMarked;
