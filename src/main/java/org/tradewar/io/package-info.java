/**
 * Small helpers every layer shares: atomic writes (temporary file, then rename), the one exception
 * type for bad user input, whose message the command line prints as is, the one argument check
 * ({@link org.tradewar.io.Check}) and the sizes the tool accepts ({@link org.tradewar.io.Limits}).
 */
package org.tradewar.io;
