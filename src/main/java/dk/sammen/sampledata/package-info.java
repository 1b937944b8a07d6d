/** The sample organisation and scopings of the development profile. */
@NullMarked
package dk.sammen.sampledata;

import org.jspecify.annotations.NullMarked;
