#!/bin/sh
# wordfreq [TOP]: the TOP (default 10) most frequent words of the files under /in, one
# "COUNT WORD" per line into /out/result.txt, ties by word. A shell pipeline of busybox
# tools: the kind of legacy program decloud runs as an OCI container (examples/legacy).
set -eu
top=${1:-10}
case "$top" in
'' | *[!0-9]*)
	echo "wordfreq: TOP must be a whole number, not '$top'" >&2
	exit 64
	;;
esac
set -- /in/*
if [ ! -e "$1" ]; then
	echo "wordfreq: no input file under /in" >&2
	exit 65
fi
cat "$@" | tr -cs 'A-Za-z' '\n' | tr 'A-Z' 'a-z' | grep -v '^$' | sort | uniq -c |
	sort -k1,1nr -k2,2 | head -n "$top" | awk '{print $1, $2}' >/out/result.txt
