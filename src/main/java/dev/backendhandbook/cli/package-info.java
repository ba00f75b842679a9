/** The command line: {@code bake}, {@code check} and {@code serve}, their exit codes and printing. */
package dev.backendhandbook.cli;
