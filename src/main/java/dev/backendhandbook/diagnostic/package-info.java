/** The diagnostic every stage reports in: a path, a position, a severity, a rule and a message. */
package dev.backendhandbook.diagnostic;
