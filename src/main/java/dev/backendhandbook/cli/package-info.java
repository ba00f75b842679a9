/**
 * The command line: {@code bake}, {@code check} and {@code serve}, their exit codes and printing.
 */
@NullMarked
package dev.backendhandbook.cli;

import org.jspecify.annotations.NullMarked;
