#!/usr/bin/env bash
# Installs the editor-level tests' own dependencies (code-server 4.100.3 and playwright-core) into test/ui
# with only the npm registry and Debian packages reachable. Used by .ci/run and `npm start`.
set -euo pipefail
cd "$(dirname "$0")"

# code-server's ripgrep postinstall downloads a binary from GitHub unless it finds one in its cache: give it
# Debian's rg under the name it looks for.
if ! command -v rg >/dev/null; then
  echo "test/ui/install.sh: ripgrep is needed first (apt-get install ripgrep)" >&2
  exit 1
fi
case "$(uname -m)" in
  x86_64) target=x86_64-unknown-linux-musl ;;
  aarch64) target=aarch64-unknown-linux-musl ;;
  *) echo "test/ui/install.sh: no ripgrep cache name for $(uname -m)" >&2; exit 1 ;;
esac
cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache"
tar czf "$cache/ripgrep-v13.0.0-10-$target.tar.gz" -C "$(dirname "$(command -v rg)")" rg

# As root, node-pty's build runs `npx node-gyp`, which needs unsafe-perm and yes. code-server's postinstall
# runs `npm install` inside its bundled VS Code, whose native modules (node-pty, spdlog, the file watcher,
# ripgrep) have install scripts; npm 11's allowScripts policy in this package.json cannot reach that nested
# project, so scripts are allowed for this install only. Older npm versions ignore the setting.
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true
npm ci --no-audit --no-fund
