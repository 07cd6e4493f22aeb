package scheduler

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the scheduler's Prometheus series, registered on its own registry.
type metrics struct {
	reg        *prometheus.Registry
	assigned   prometheus.Counter
	lost       prometheus.Counter
	finalized  prometheus.Counter
	reopened   prometheus.Counter
	claimed    prometheus.Counter
	chainError prometheus.Counter
	excluded   prometheus.Counter
	settled    prometheus.Counter
	batches    prometheus.Counter
	workers    prometheus.Gauge
	tasks      *prometheus.GaugeVec
}

func newMetrics() *metrics {
	m := &metrics{
		reg:        prometheus.NewRegistry(),
		assigned:   prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_assignments_total", Help: "Replicates handed to workers."}),
		lost:       prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_replicates_lost_total", Help: "Replicates whose worker stopped heartbeating."}),
		finalized:  prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_finalize_sent_total", Help: "Finalize transactions sent."}),
		reopened:   prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_reopen_sent_total", Help: "Reopen transactions sent."}),
		claimed:    prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_claimed_tasks_total", Help: "Tasks claimed after their final deadline."}),
		chainError: prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_chain_errors_total", Help: "Failed transactions or reads."}),
		excluded:   prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_workers_excluded_total", Help: "Workers given no more tasks for contradicting certified results."}),
		settled:    prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_settled_tasks_total", Help: "Batched tasks certified by a settlement."}),
		batches:    prometheus.NewCounter(prometheus.CounterOpts{Name: "decloud_scheduler_settlements_total", Help: "Settlement transactions mined."}),
		workers:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "decloud_scheduler_workers", Help: "Registered workers."}),
		tasks:      prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "decloud_scheduler_tasks", Help: "Tasks by status."}, []string{"status"}),
	}
	m.reg.MustRegister(m.assigned, m.lost, m.finalized, m.reopened, m.claimed, m.chainError, m.excluded, m.settled, m.batches, m.workers, m.tasks,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
