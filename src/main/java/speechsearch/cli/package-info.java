/** picocli commands: the only package that prints or exits. */
package speechsearch.cli;
