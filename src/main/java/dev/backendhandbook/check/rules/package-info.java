/** The checker's rules, one class each, each named for the defect it reports. */
package dev.backendhandbook.check.rules;
