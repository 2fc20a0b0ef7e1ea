#!/bin/sh
# The image's entry point: one command per role, all from the same build.
set -eu
cd "${CONTINUUM_HOME:-/app}"
run() { exec node -r ./tools/scripts/dist-paths.cjs "$@"; }
case "${1:-serve}" in
  serve)   run dist/server/apps/api/src/main.js ;;
  api)     CONTINUUM_PROCESS=api; export CONTINUUM_PROCESS; run dist/server/apps/api/src/main.js ;;
  worker)  CONTINUUM_PROCESS=worker; export CONTINUUM_PROCESS; run dist/server/apps/api/src/main.js ;;
  migrate) run dist/server/tools/db/db-cli.js migrate ;;
  seed)    run dist/server/tools/db/db-cli.js seed ;;
  help|--help|-h)
    cat <<'TEXT'
continuum serve    l’API et le client web, avec les travaux de fond (par défaut)
continuum api      l’API seule (HTTP et WebSocket), sans travaux de fond
continuum worker   les travaux de fond seuls (files, tâches planifiées, balayages)
continuum migrate  applique les migrations (DATABASE_URL)
continuum seed     charge le département de démonstration (idempotent)
TEXT
    ;;
  *) echo "Commande inconnue : $1 (continuum help)" >&2; exit 64 ;;
esac
