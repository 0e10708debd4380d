#!/usr/bin/env bash
# Runs DealGraph's benchmarks; every benchmark appends a dated row to BENCHMARKS.md.
#
#   bench/run.sh quick   a few minutes: a 1,000-article corpus for every benchmark
#   bench/run.sh full    the growth figures: 1,000, 10,000 and 100,000 articles (about two hours on two cores, and tens of
#                        gigabytes of disk for the 100,000-article store and the loader's copy)
#
# Work files go to target/bench (or $DEALGRAPH_BENCH_DIR); the jar is copied there first, so rebuilding while a
# run is under way does not disturb it. Ingest runs under -Xmx1g, the memory target.
set -euo pipefail

mode=${1:-quick}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${DEALGRAPH_BENCH_DIR:-$root/target/bench}
log=$root/BENCHMARKS.md
case "$mode" in
  quick) sizes=(1000); measure=10; live_posts=40 ;;
  full) sizes=(1000 10000 100000); measure=20; live_posts=100 ;;
  *) echo "usage: bench/run.sh [quick|full]" >&2; exit 2 ;;
esac

cd "$root"
mvn -q -DskipTests package
mkdir -p "$work"
cp target/dealgraph.jar "$work/dealgraph.jar"
dealgraph() { java -jar "$work/dealgraph.jar" "$@"; }

echo "== extraction against OpenNLP's tokenizer"
mvn -q test -Dtest=OpenNlpTokenizerBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.log="$log" \
  -Dbench.seconds="$measure"

for n in "${sizes[@]}"; do
  corpus=$work/corpus-$n
  if ! grep -qx "articles=$n" "$corpus/.corpus" 2>/dev/null; then
    rm -rf "$corpus"
    echo "== generate $n articles"
    dealgraph bench generate --articles "$n" --seed 1 --out "$corpus" --log "$log"
  fi
done
largest=${sizes[${#sizes[@]}-1]}
middle=${sizes[$(( ${#sizes[@]} > 1 ? 1 : 0 ))]}

echo "== extraction"
dealgraph bench extract --corpus "$work/corpus-$middle" --articles 3000 --seconds "$measure" --log "$log"

for n in "${sizes[@]}"; do
  echo "== ingest $n articles"
  rm -rf "$work/store-$n" "$work/store-$n.nq" "$work/store-$n.nq.gz" "$work/store-$n-loader"
  gzip=(); if [ "$n" -ge 100000 ]; then gzip=(--gzip); fi
  java -Xmx1g -jar "$work/dealgraph.jar" bench ingest --corpus "$work/corpus-$n" --store "$work/store-$n" \
    "${gzip[@]}" --log "$log"
  if [ "$n" -ne "$largest" ]; then
    echo "== query serving on $n articles"
    dealgraph bench query --store "$work/store-$n" --seconds 5 --log "$log"
  fi
done

echo "== POST to queryable during a batch ingest"
rm -rf "$work/store-live"
java -Xmx1g -jar "$work/dealgraph.jar" bench live --corpus "$work/corpus-$middle" --store "$work/store-live" \
  --posts "$live_posts" --log "$log"
rm -rf "$work/store-live"

echo "== query serving on $largest articles"
dealgraph bench query --store "$work/store-$largest" --seconds "$measure" --log "$log"
# The same without the response cache: every request answered anew, as a first visit would be.
dealgraph bench query --store "$work/store-$largest" --seconds "$measure" --no-fuseki --response-cache-mb 0 \
  --log "$log"

echo "== startup on $largest articles"
# Starts as the launcher does: with a class-data archive recorded from a warm-up run of this jar.
java -XX:ArchiveClassesAtExit="$work/dealgraph.jsa" -Xlog:cds*=off -jar "$work/dealgraph.jar" warm-up >/dev/null 2>&1
dealgraph bench startup --store "$work/store-$largest" --java-option -Xmx1g \
  --java-option "-XX:SharedArchiveFile=$work/dealgraph.jsa" --java-option "-Xlog:cds*=off" --log "$log"
