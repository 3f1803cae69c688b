/**
 * Facts to graph: statements, one transaction per article.
 */
export { OLDEST_SOURCES_KEPT, sourceKey } from "./statements-cypher.js";
export { addStatements, writeArticle, writeArticles, type WriteResult } from "./write-article.js";
