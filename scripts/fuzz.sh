#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz in the instrumented build (clang, AddressSanitizer
# and UBSan: build-instrumented/, the build the sanitized tests use too) and runs each one on a
# working copy of its seed corpus, LeakSanitizer on, two at a time. A crash, a leak or a violated
# property fails the run; the input that did it is kept in build-instrumented/findings/HARNESS/.
# Prints one line per harness: executions, executions per second, coverage (edges) and features.
#   scripts/fuzz.sh [SECONDS]            each harness for SECONDS (default 60)
#   scripts/fuzz.sh --runs N             each harness for N executions (a campaign: --runs 1000000)
#   scripts/fuzz.sh ... HARNESS...       only these (redirect redactor sigv4 export wecom ...)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
limit=(-max_total_time=60)
case "${1:-}" in
  --runs) limit=(-runs="${2:?--runs needs a count}"); shift 2 ;;
  ''|-*) ;;
  *[!0-9]*) ;;
  *) limit=(-max_total_time="$1"); shift ;;
esac
"$root/scripts/install-deps.sh"
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  read -r -a harnesses <<<"$(sed -n 's/^set(AUTHDESK_FUZZ_HARNESSES \(.*\))$/\1/p' "$root/tests/fuzz/CMakeLists.txt")"
fi
build="$root/build-instrumented"
"$root/scripts/build.sh" --instrumented "${harnesses[@]/#/fuzz_}" >/dev/null

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# New inputs go to the working corpus (the first directory); the seeds stay as committed.
run_harness() {
  local harness=$1
  local corpus="$build/corpus/$harness" findings="$build/findings/$harness" log="$build/logs/$harness.log"
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  "$build/tests/fuzz/fuzz_$harness" "$corpus" "$root/tests/fuzz/corpus/$harness" "${limit[@]}" \
    -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$log" 2>&1
}
declare -A pids
for harness in "${harnesses[@]}"; do
  [ "$(jobs -rp | wc -l)" -lt 2 ] || wait -n || true
  run_harness "$harness" &
  pids[$harness]=$!
done

status=0 passed=0 failed=0
printf '%-14s %12s %10s %8s %8s  %s\n' harness executions exec/s cov ft result
for harness in "${harnesses[@]}"; do
  log="$build/logs/$harness.log" result=ok
  wait "${pids[$harness]}" || { result="FAILED (see $log)"; status=1; }
  [ "$result" = ok ] && passed=$((passed + 1)) || failed=$((failed + 1))
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  features=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-14s %12s %10s %8s %8s  %s\n' "$harness" "${executions:-?}" "${speed:-?}" "${coverage:-?}" \
    "${features:-?}" "$result"
done
echo "fuzz: $passed passed, $failed failed"
exit "$status"
