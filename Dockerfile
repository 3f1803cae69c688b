# The GovGraph API and explorer. Neo4j runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY bin ./bin
COPY schema ./schema
COPY seed ./seed
COPY src ./src
COPY tsconfig.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "bin/govgraph.js", "serve"]
