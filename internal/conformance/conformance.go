// Package conformance runs the stores' conformance suites (market/storetest,
// scheduler/storetest): every case on a new database of its own, opened through the
// store's own Open, so that a suite is written once for the interface and run by each
// implementation's tests.
package conformance

import (
	"context"
	"errors"
	"io"
	"sync"
	"testing"
)

// Opener opens a store of the suite's interface S (market.Store, scheduler.Store) on one
// database; each call opens another store over the same data (a reopen, or a second
// process). The stores it opens are io.Closers.
type Opener[S any] func() (S, error)

// Case is one test of a suite.
type Case[S any] struct {
	Name string
	Test func(t *testing.T, open Opener[S])
}

// Run runs each case in a subtest, on a database of its own: newDB names a new one (a
// file path, a DSN) and open opens a store on a name. C, the store's own type, must
// implement S and io.Closer (the suites' exported Run functions constrain it so).
func Run[S any, C io.Closer](t *testing.T, cases []Case[S], newDB func(testing.TB) string, open func(context.Context, string) (C, error)) {
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			name := newDB(t)
			c.Test(t, func() (S, error) {
				s, err := open(context.Background(), name)
				if err != nil {
					var none S
					return none, err
				}
				return any(s).(S), nil
			})
		})
	}
}

// Open opens a store that t's cleanup closes (a store closed twice must take no harm).
func Open[S any](t *testing.T, open Opener[S]) S {
	t.Helper()
	s, err := open()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { any(s).(io.Closer).Close() })
	return s
}

// Close closes a store that Open opened (before t's cleanup closes it again).
func Close(t *testing.T, s any) {
	t.Helper()
	if err := s.(io.Closer).Close(); err != nil {
		t.Fatal(err)
	}
}

// NoErrors fails t at the first of errs that is not nil.
func NoErrors(t *testing.T, errs ...error) {
	t.Helper()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// Parallel runs f(0) … f(n-1) at once and fails t with their errors, once all returned.
func Parallel(t *testing.T, n int, f func(i int) error) {
	t.Helper()
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { errs[i] = f(i) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("%d of %d at once: %v", i, n, err)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
}

// AllFailWith checks that every call fails with an error wrapping target.
func AllFailWith(t *testing.T, target error, calls map[string]func() error) {
	t.Helper()
	for name, call := range calls {
		if err := call(); !errors.Is(err, target) {
			t.Errorf("%s: %v, want %v", name, err, target)
		}
	}
}
