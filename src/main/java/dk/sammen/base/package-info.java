/** The shared kernel: entity base class, input problems, i18n, main layout and error handling. */
@NullMarked
package dk.sammen.base;

import org.jspecify.annotations.NullMarked;
