/** The preview server: a baked site served on the loopback address while a contributor writes. */
package dev.backendhandbook.serve;
