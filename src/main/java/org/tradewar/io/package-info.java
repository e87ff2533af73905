/**
 * Small file helpers every layer shares: atomic writes (temporary file, then rename) and the one
 * exception type for bad user input, whose message the command line prints as is.
 */
package org.tradewar.io;
