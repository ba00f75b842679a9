/** The checker's rules, one class each, each named for the defect it reports. */
@NullMarked
package dev.backendhandbook.check.rules;

import org.jspecify.annotations.NullMarked;
