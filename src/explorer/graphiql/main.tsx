/** The GraphQL IDE at /graphql, bundled from the graphiql package so that it works offline. */
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createRoot } from "react-dom/client";

const defaultQuery = `# GovGraph: who chairs what in 2025, and on whose word?
{
  chairs(year: 2025) {
    body { id name }
    holder { id name type }
    sources { title publishedAt url quote }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL("/graphql", window.location.href).toString() });
const root = document.getElementById("graphiql");
if (root) createRoot(root).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
