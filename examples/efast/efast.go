// Package efast generates the eFast dataset, the synthetic stock prices behind the
// whitepaper's eFast use case (clustering stocks by how they move together) and the
// `decloud demo`: prices.csv, committed next to this file, holds the daily closing prices
// of 50 fictional tickers (any likeness to a listed symbol is accidental) in 5 sectors of
// 10 over 250 trading days (weekdays from 2024-01-02), in wide format: a "date" column,
// then one column per ticker.
//
// Each ticker's daily log return is a market factor times the ticker's beta, plus its
// sector's factor times its sector loading, plus idiosyncratic noise, plus a drift; prices
// follow the resulting geometric Brownian motion from a random starting price, rounded to
// cents. Stocks of one sector are therefore far more correlated with each other (0.62 on
// average) than with other sectors' (0.27), so clustering the correlation matrix recovers
// the sectors (examples/kmeans does). The seed is fixed: Generate always writes the same
// bytes.
//
// Regenerate with: go run ./examples/efast/gen (from the repository root).
package efast

import (
	_ "embed"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// Prices is prices.csv, the dataset itself.
//
//go:embed prices.csv
var Prices []byte

// Sector is a group of tickers that share a factor.
type Sector struct {
	Name    string
	Tickers []string
	// Vol is the sector factor's daily volatility, Drift its tickers' annual drift.
	Vol, Drift float64
}

// Sectors are the dataset's sectors, in column order.
var Sectors = []Sector{
	{"Technology", []string{"AXLN", "BYTR", "CLDX", "DGTL", "ENCR", "FLUX", "GRPH", "HYPR", "IONK", "JTSX"}, 0.012, 0.18},
	{"Financials", []string{"KAPB", "LEDG", "MRGN", "NTRX", "OAKC", "PRMF", "QNTB", "RSRV", "STLF", "TRSX"}, 0.009, 0.08},
	{"Energy", []string{"UPWL", "VOLT", "WLHD", "XTRC", "YLDG", "ZNTH", "ARCO", "BRNT", "CRUD", "DRLL"}, 0.015, 0.05},
	{"Healthcare", []string{"EPIG", "FRMA", "GNMX", "HLTH", "IMNX", "JNTS", "KURA", "LYFE", "MDCO", "NRVA"}, 0.010, 0.10},
	{"Consumer", []string{"OMNI", "PNTR", "QSRV", "RTLX", "SHPX", "TRND", "URBX", "VNDR", "WRHS", "XPRS"}, 0.008, 0.06},
}

const (
	// Days is the number of trading days (rows).
	Days      = 250
	seed1     = 0xEFA57
	seed2     = 2024
	marketVol = 0.009 // the market factor's daily volatility
)

// Tickers lists every ticker in column order, with its sector's index.
func Tickers() (names []string, sector []int) {
	for s, sec := range Sectors {
		for _, t := range sec.Tickers {
			names = append(names, t)
			sector = append(sector, s)
		}
	}
	return names, sector
}

// Generate writes prices.csv.
func Generate(w io.Writer) error {
	rng := rand.New(rand.NewPCG(seed1, seed2))
	names, sector := Tickers()
	n := len(names)
	beta, load, idio, drift, logp := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	for i := range names {
		beta[i] = 0.8 + 0.4*rng.Float64()
		load[i] = 0.8 + 0.4*rng.Float64()
		idio[i] = 0.008 + 0.006*rng.Float64()
		drift[i] = Sectors[sector[i]].Drift + 0.1*rng.NormFloat64()
		logp[i] = math.Log(15) + rng.Float64()*math.Log(400.0/15) // 15 to 400
	}
	var b strings.Builder
	b.WriteString("date")
	for _, t := range names {
		b.WriteString("," + t)
	}
	b.WriteString("\n")
	day := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
	sf := make([]float64, len(Sectors))
	for d := 0; d < Days; d++ {
		if d > 0 {
			m := marketVol * rng.NormFloat64()
			for s := range sf {
				sf[s] = Sectors[s].Vol * rng.NormFloat64()
			}
			for i := range logp {
				sigma2 := beta[i]*beta[i]*marketVol*marketVol + load[i]*load[i]*Sectors[sector[i]].Vol*Sectors[sector[i]].Vol + idio[i]*idio[i]
				mu := drift[i]/252 - sigma2/2 // GBM: the log drift is μ - σ²/2
				logp[i] += mu + beta[i]*m + load[i]*sf[sector[i]] + idio[i]*rng.NormFloat64()
			}
			day = day.AddDate(0, 0, 1)
			for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
				day = day.AddDate(0, 0, 1)
			}
		}
		b.WriteString(day.Format("2006-01-02"))
		for _, lp := range logp {
			fmt.Fprintf(&b, ",%.2f", math.Exp(lp))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
