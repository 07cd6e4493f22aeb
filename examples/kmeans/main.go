// Command kmeans clusters stocks by how they move together, the whitepaper's eFast use
// case: it reads prices.csv (a "date" column, then one column of daily closes per ticker,
// oldest day first, as in examples/efast) from the input directory, computes the daily log
// returns and the correlation matrix between tickers, and runs k-means on the matrix's
// rows (k-means++ initialisation, 10 restarts, the best kept). It writes clusters.txt: for
// each cluster its tickers (sorted) and their mean pairwise correlation, then the total
// inertia.
//
// The initialisation draws from crypto/rand, which the decloud sandbox seeds from the
// task: replicas of one task agree, and the result does not depend on the seed when the
// clusters are clear.
//
// Usage: kmeans K [ITERATIONS]
//
// K, the number of clusters, is between 1 and the number of tickers; written N+index, it is
// N plus the task's index in its deal ($DECLOUD_TASK_INDEX, 0 when unset), so that one bag
// of tasks tries k = N, N+1, … (the `decloud demo` does). ITERATIONS bounds
// each restart's Lloyd iterations (default 100). Input: $DECLOUD_IN/prices.csv (/in in the
// sandbox); output: $DECLOUD_OUT/clusters.txt (standard output when unset).
// Build: GOOS=wasip1 GOARCH=wasm go build -o kmeans.wasm .
package main

import (
	crand "crypto/rand"
	"encoding/binary"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/decloud/decloud/examples/internal/appio"
	"github.com/decloud/decloud/examples/kmeans/internal/cluster"
)

const restarts = 10

func main() {
	if len(os.Args) < 2 || len(os.Args) > 3 {
		appio.Usage("kmeans", "usage: kmeans K [ITERATIONS]")
	}
	k, err := parseK(os.Args[1], os.Getenv("DECLOUD_TASK_INDEX"))
	if err != nil || k < 1 {
		appio.Usage("kmeans", "K must be a positive integer or N+index, not %q", os.Args[1])
	}
	iters := 100
	if len(os.Args) > 2 {
		if iters, err = strconv.Atoi(os.Args[2]); err != nil || iters < 1 {
			appio.Usage("kmeans", "ITERATIONS must be a positive integer, not %q", os.Args[2])
		}
	}
	f, err := os.Open(appio.InPath("prices.csv"))
	if err != nil {
		appio.Usage("kmeans", "%v", err)
	}
	p, err := cluster.ReadPrices(f)
	f.Close()
	if err != nil {
		appio.Usage("kmeans", "prices.csv: %v", err)
	}
	if k > len(p.Tickers) {
		appio.Usage("kmeans", "K (%d) is more than the number of tickers (%d)", k, len(p.Tickers))
	}
	var seed [8]byte
	if _, err := crand.Read(seed[:]); err != nil {
		appio.Fatal("kmeans", err)
	}
	corr := cluster.Correlation(cluster.LogReturns(p))
	res := cluster.KMeans(corr, k, iters, restarts, binary.LittleEndian.Uint64(seed[:]))
	var b strings.Builder
	fmt.Fprintf(&b, "tickers %d days %d (%s to %s) k %d restarts %d\n", len(p.Tickers), len(p.Dates), p.Dates[0], p.Dates[len(p.Dates)-1], k, restarts)
	cluster.Report(&b, p.Tickers, corr, res)
	appio.Write("kmeans", appio.File{Name: "clusters.txt", Data: []byte(b.String())})
}

// parseK reads K: an integer, or N+index for N plus the task index (index, "" for 0).
func parseK(arg, index string) (int, error) {
	base, ok := strings.CutSuffix(arg, "+index")
	k, err := strconv.Atoi(base)
	if err != nil || !ok {
		return k, err
	}
	i := 0
	if index != "" {
		if i, err = strconv.Atoi(index); err != nil {
			return 0, fmt.Errorf("DECLOUD_TASK_INDEX %q: %w", index, err)
		}
	}
	return k + i, nil
}
