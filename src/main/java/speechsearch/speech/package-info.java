/**
 * Records of the domain: a {@link speechsearch.speech.Speech}, its {@link speechsearch.speech.Unit}
 * tree and its {@link speechsearch.speech.Region}. Imports java.* only.
 */
package speechsearch.speech;
