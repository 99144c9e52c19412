#!/usr/bin/env bash
# Fails when a C++ file under app/ or tests/ differs from what clang-format makes of it (.clang-format).
# Fix with: git ls-files 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' | xargs clang-format -i
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
files=$(git ls-files 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' 2>/dev/null || find app tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror $files
echo "clang-format: $(echo "$files" | wc -w) files formatted as .clang-format says"
