# Continuum — one image for every role: the API (HTTP + WebSocket + the built web client), the
# worker (queues, schedules, sweeps) and the one-shot database commands (migrate, seed).
#   docker build -t continuum .
#   docker run continuum help
# The base is the official Node image; on a machine without Docker Hub,
# tools/docker/stand-in-base.sh builds a local stand-in of the same tag from Debian and npm.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /build
ENV NX_NO_CLOUD=true NX_DAEMON=false NG_CLI_ANALYTICS=false CI=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY . .
RUN npx tsc -p tsconfig.server.json \
 && npx nx run web:build --skip-nx-cache \
 && npm prune --omit=dev --no-audit --no-fund --loglevel=error \
 && rm -rf node_modules/.cache dist/server/.tsbuildinfo

FROM ${NODE_IMAGE}
ENV NODE_ENV=production PORT=3000 CONTINUUM_WEB_DIST=/app/dist/web/browser \
    CONTINUUM_STORAGE_DIR=/app/var/storage
WORKDIR /app
COPY --from=build /build/node_modules ./node_modules
COPY --from=build /build/dist/server ./dist/server
COPY --from=build /build/dist/web/browser ./dist/web/browser
COPY package.json tsconfig.base.json ./
COPY tools/scripts/dist-paths.cjs ./tools/scripts/dist-paths.cjs
COPY tools/seed/data ./tools/seed/data
COPY tools/docker/entrypoint.sh /usr/local/bin/continuum
RUN mkdir -p /app/var/storage && chown -R node:node /app/var
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["continuum"]
CMD ["serve"]
