#!/usr/bin/env bash
# Builds the Firefox (MV2) extension and runs Mozilla's linter on it; exits non-zero on any lint error.
# Warnings are printed but do not fail (pass --warnings-as-errors through to make them fail too).
set -euo pipefail
cd "$(dirname "$0")/.."

npx wxt build -b firefox
npx web-ext lint --source-dir .output/firefox-mv2 --no-input --no-config-discovery "$@"
