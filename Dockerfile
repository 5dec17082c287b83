# PolicyGraph: API + web explorer. `docker compose up` runs it against Neo4j;
# alone (`docker run -p 3000:3000 IMAGE`) it uses the embedded store under /data.
# The TypeScript sources run through tsx, as in development; only the explorer is built.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    POLICYGRAPH_DATA=/data \
    PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY bin ./bin
COPY schema ./schema
COPY ingest ./ingest
COPY server ./server
COPY data/samples ./data/samples
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "bin/policygraph.mjs", "serve", "--seed", "data/samples"]
