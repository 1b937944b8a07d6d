/** The partnership charter of an approved version (signed PDF, Markdown, JSON) and its verification. */
@NullMarked
package dk.sammen.charter;

import org.jspecify.annotations.NullMarked;
