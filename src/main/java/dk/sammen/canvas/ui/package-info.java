/** The canvas page: sections, answer fields, tables, comments, history, presence. */
@NullMarked
package dk.sammen.canvas.ui;

import org.jspecify.annotations.NullMarked;
