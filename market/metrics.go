package market

import (
	"context"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the book's Prometheus series, on their own registry.
type Metrics struct {
	reg       *prometheus.Registry
	published *prometheus.CounterVec
	queryTime prometheus.Histogram
	requests  *prometheus.CounterVec
}

func newMetrics(s *Service) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		published: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "decloud_market_publish_total",
			Help: "Orders submitted, by book and result (ok or the error code)."}, []string{"book", "result"}),
		queryTime: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "decloud_market_query_seconds",
			Help: "Time to answer a book query.", Buckets: prometheus.ExponentialBuckets(0.0001, 2, 14)}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "decloud_market_http_requests_total",
			Help: "HTTP requests by route and status code."}, []string{"route", "code"}),
	}
	open := prometheus.NewDesc("decloud_market_orders", "Orders in the book by book and status.", []string{"book", "status"}, nil)
	m.reg.MustRegister(m.published, m.queryTime, m.requests, &bookCollector{s: s, desc: open},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in Prometheus' text format.
func (m *Metrics) Handler() http.Handler { return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}) }

// bookCollector counts the book's orders when scraped.
type bookCollector struct {
	s    *Service
	desc *prometheus.Desc
}

func (c *bookCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *bookCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for _, k := range Kinds {
		for _, st := range []Status{StatusOpen, StatusDead, StatusFilled, StatusCancelled, StatusUnlisted} {
			n, err := c.s.cfg.Store.Count(ctx, k, st)
			if err != nil {
				return
			}
			ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n), string(k), string(st))
		}
	}
}
