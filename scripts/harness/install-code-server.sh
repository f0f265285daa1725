#!/usr/bin/env bash
# Installs code-server (the Node extension host that `npm run test:vscode:node` drives) into a cache outside the
# repository, once per machine: it compiles native modules for about ten minutes, so it is never a project
# dependency. Idempotent: a finished install is marked and reused. Prints NODE=<node 24 binary> and
# CODE_SERVER=<code-server entry script> on stdout; everything else goes to stderr.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.22.3
cache="${ARTICLE_ANNOTATOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/article-annotator}"
node_dir="$cache/node-$NODE_VERSION"
dest="$cache/code-server-$CODE_SERVER_VERSION"

log() { echo "install-code-server: $*" >&2; }
report() {
  echo "NODE=$node_dir/bin/node"
  echo "CODE_SERVER=$dest/node_modules/code-server/out/node/entry.js"
}

if [ -f "$dest/.complete" ] && [ -x "$node_dir/bin/node" ]; then
  report
  exit 0
fi

# Debian packages the build and the tests need; a fresh CI machine has neither.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
command -v python3 >/dev/null || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "apt-get install ${missing[*]}"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    log "missing ${missing[*]}: install them (Debian: apt-get install -y ${missing[*]}) and run again"
    exit 1
  fi
fi

mkdir -p "$cache"

# code-server requires Node 24 with its headers; the npm registry ships both as a plain package (no script).
if [ ! -x "$node_dir/bin/node" ]; then
  arch="$(node -p process.arch)"
  scratch="$(mktemp -d "$cache/node-scratch.XXXXXX")"
  log "node $NODE_VERSION (node-linux-$arch)"
  echo '{"name":"node-scratch","private":true}' >"$scratch/package.json"
  (cd "$scratch" && npm install --no-audit --no-fund --no-save --loglevel=error "node-linux-$arch@$NODE_VERSION" >&2)
  rm -rf "$node_dir"
  # Copied out of node_modules because npm may move or prune it on a later install in that folder.
  cp -a "$scratch/node_modules/node-linux-$arch" "$node_dir"
  rm -rf "$scratch"
fi

rm -rf "$dest"
mkdir -p "$dest"
cat >"$dest/package.json" <<EOF
{
  "name": "code-server-cache",
  "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF
log "code-server $CODE_SERVER_VERSION into $dest (compiles native modules, about 10 minutes)"
started=$SECONDS
(
  cd "$dest"
  export PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir"
  npm install --no-audit --no-fund --omit=dev --loglevel=error >&2
)
# XDG_CONFIG_HOME: code-server writes a default config file on first run; keep it out of the user's home.
XDG_CONFIG_HOME="$dest/config" "$node_dir/bin/node" "$dest/node_modules/code-server/out/node/entry.js" --version >&2
touch "$dest/.complete"
log "done in $((SECONDS - started)) s"
report
