/** Sign-in, password pages and the open-pages registry. */
@NullMarked
package dk.sammen.security.ui;

import org.jspecify.annotations.NullMarked;
