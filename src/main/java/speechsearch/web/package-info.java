/** The Javalin app, controllers, error mapping and the static page. Never imports Lucene. */
package speechsearch.web;
