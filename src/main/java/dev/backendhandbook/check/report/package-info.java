/** The checker's findings written for machines: JSON, and SARIF 2.1.0 for code-scanning tools. */
@NullMarked
package dev.backendhandbook.check.report;

import org.jspecify.annotations.NullMarked;
