// Package examples holds example decloud apps (each a Go main package built for
// GOOS=wasip1 GOARCH=wasm) and a test that runs each through the wasm sandbox against a
// golden output: echo (arguments), montecarlo (CPU-bound), wordcount (reads a dataset).
package examples
