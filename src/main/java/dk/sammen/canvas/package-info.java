/** The scoping canvas: its template, answers, tables, comments and history. */
@NullMarked
package dk.sammen.canvas;

import org.jspecify.annotations.NullMarked;
