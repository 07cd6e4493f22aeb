// Command decloud is the one binary of the decentralized cloud: the dev chain, benchmarks
// and, as the project grows, the market, the scheduler, the worker and the requester's CLI.
// This file only parses flags and wires parts; the logic lives in the packages.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/decloud/decloud/devnet/workerbench"
	"github.com/decloud/decloud/executor/wasm"
)

// Main holds what every command shares: where output goes and the logger.
type Main struct {
	Stdout io.Writer
	Stderr io.Writer
	Logger *slog.Logger

	client clientFlags
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == wasm.ChildArg {
		os.Exit(wasm.ChildMain()) // a sandbox child process started by the wasm executor
	}
	if len(os.Args) > 1 && os.Args[1] == workerbench.ChildArg {
		os.Exit(workerbench.ChildMain(os.Args[2:])) // simulated workers of `bench workers`
	}
	m := &Main{Stdout: os.Stdout, Stderr: os.Stderr}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "decloud:", err)
		stop()
		os.Exit(1)
	}
}

// Run executes the command line args.
func (m *Main) Run(ctx context.Context, args []string) error {
	root := &cobra.Command{
		Use:           "decloud",
		Short:         "decloud: a decentralized cloud (desktop grid + Ethereum marketplace)",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	var verbose bool
	root.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "log debug details to stderr")
	root.PersistentPreRun = func(*cobra.Command, []string) {
		level := slog.LevelInfo
		if verbose {
			level = slog.LevelDebug
		}
		m.Logger = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	}
	root.SetOut(m.Stdout)
	root.SetErr(m.Stderr)
	m.addClientFlags(root)
	root.AddCommand(m.deployCommand(), m.versionCommand(), m.chainCommand(), m.benchCommand(), m.storageCommand(), m.poolCommand(), m.workerCommand(), m.marketCommand(), m.devCommand(),
		m.initCommand(), m.walletCommand(), m.accountCommand(), m.assetCommand("app"), m.assetCommand("dataset"), m.assetCommand("workerpool"),
		m.categoryCommand(), m.orderCommand(), m.orderbookCommand(), m.dealCommand(), m.taskCommand(), m.resultCommand(), m.runCommand(), m.demoCommand())
	root.SetArgs(args)
	return root.ExecuteContext(ctx)
}
