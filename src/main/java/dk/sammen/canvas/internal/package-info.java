/** The canvas tables, the template loader and the answer rules; used only through the feature's services. */
@NullMarked
package dk.sammen.canvas.internal;

import org.jspecify.annotations.NullMarked;
