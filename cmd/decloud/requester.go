package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/market/choice"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/resultcrypt"
	"github.com/decloud/decloud/scheduler"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/taskparams"
)

func (m *Main) orderbookCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "orderbook", Short: "Query the market's books: app, dataset, workerpool, request"}
	for _, k := range market.Kinds {
		var app, dataset, pool, requester, prefer, method, tag string
		var category, minTrust, pageSize int
		var explain bool
		c := &cobra.Command{
			Use: string(k), Short: "List open " + string(k) + " orders", Args: cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				q := market.Query{Kind: k, MinTrust: uint64(max(minTrust, 0)), PageSize: pageSize}
				var err error
				for _, f := range []struct {
					flag string
					s    string
					dst  *common.Address
				}{{"--app", app, &q.App}, {"--dataset", dataset, &q.Dataset}, {"--workerpool", pool, &q.Workerpool}, {"--requester", requester, &q.Requester}} {
					if f.s != "" {
						if *f.dst, err = parseAddress(f.flag, f.s); err != nil {
							return err
						}
					}
				}
				if category >= 0 {
					cat := uint64(category)
					q.Category = &cat
				}
				if tag != "" {
					if q.Tag, err = parseHash("--tag", tag); err != nil {
						return err
					}
				}
				return m.withClient(cmd.Context(), false, func(c *sdk.Client) error {
					page, err := c.Market.Query(cmd.Context(), q)
					if err != nil {
						return err
					}
					if k == market.KindWorkerpool && (explain || prefer != "") {
						w := choice.DefaultWeights
						if prefer != "" {
							if w, err = choice.ParseWeights(prefer); err != nil {
								return err
							}
						}
						ranked, err := c.RankPools(cmd.Context(), page.Orders, choice.Method(method), w)
						if err != nil {
							return err
						}
						return m.print(map[string]any{"method": method, "weights": w, "ranking": ranked}, func(out io.Writer) {
							printRanking(out, ranked, choice.Method(method), w)
						})
					}
					return m.print(page, func(out io.Writer) {
						tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
						fmt.Fprintln(tw, "ORDER\tASSET\tPRICE\tREMAINING\tTRUST\tCATEGORY")
						for _, e := range page.Orders {
							asset := map[market.Kind]common.Address{market.KindApp: e.App, market.KindDataset: e.Dataset, market.KindWorkerpool: e.Workerpool, market.KindRequest: e.App}[e.Kind]
							fmt.Fprintf(tw, "%s\t%s\t%d\t%d/%d\t%d\t%d\n", short(e.Hash.Hex()), short(asset.Hex()), e.Price, e.Remaining, e.Volume, e.Trust, e.Category)
						}
						tw.Flush()
						if page.Next != "" {
							fmt.Fprintf(out, "more: --cursor %s\n", page.Next)
						}
					})
				})
			},
		}
		c.Flags().StringVar(&app, "app", "", "filter by app")
		c.Flags().StringVar(&dataset, "dataset", "", "filter by dataset")
		c.Flags().StringVar(&pool, "workerpool", "", "filter by workerpool")
		c.Flags().StringVar(&requester, "requester", "", "filter by requester")
		c.Flags().StringVar(&tag, "tag", "", "orders whose tag has these bits (0x-hex bytes32)")
		c.Flags().IntVar(&category, "category", -1, "filter by category")
		c.Flags().IntVar(&minTrust, "min-trust", 0, "workerpool orders accepting at least this trust")
		c.Flags().IntVar(&pageSize, "page-size", 20, "orders per page")
		if k == market.KindWorkerpool {
			c.Flags().StringVar(&prefer, "prefer", "", "rank by weighted criteria: price=…,time=…,reliability=…,reputation=…,energy=…")
			c.Flags().StringVar(&method, "method", string(choice.Promethee), "ranking method: promethee or weighted-sum")
			c.Flags().BoolVar(&explain, "explain", false, "show each criterion and its share of the score")
		}
		cmd.AddCommand(c)
	}
	return cmd
}

func short(s string) string {
	if len(s) <= 14 {
		return s
	}
	return s[:8] + "…" + s[len(s)-4:]
}

func printRanking(w io.Writer, ranked []sdk.Candidate, m choice.Method, weights choice.Weights) {
	fmt.Fprintf(w, "ranking by %s, weights %v\n", m, weights)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	header := "#\tORDER\tPOOL\tSCORE"
	for _, c := range choice.Criteria {
		header += "\t" + strings.ToUpper(c.Name)
	}
	fmt.Fprintln(tw, header)
	for i, c := range ranked {
		line := fmt.Sprintf("%d\t%s\t%s\t%+.3f", i+1, short(c.Order.Hash.Hex()), short(c.Order.Workerpool.Hex()), c.Rank.Score)
		for j, crit := range choice.Criteria {
			line += fmt.Sprintf("\t%g (%+.3f)", c.Values[j], c.Rank.Contribution[crit.Name])
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
	fmt.Fprintln(w, "criteria: price per task; time = median seconds to result (category reference time without history); reliability = (finalized+1)/(finalized+claimed+2); reputation = mean score of its workers; energy as declared")
}

func (m *Main) dealCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "deal", Short: "Deals: show, claim"}
	show := m.onHash("show DEALID", "A deal and its tasks", "deal id", false, func(ctx context.Context, c *sdk.Client, id common.Hash) error {
		d, err := c.Deal(ctx, id)
		if err != nil {
			return err
		}
		// Each task not completed, with the reason and what to do (text output only: the
		// JSON is the deal as the chain has it).
		notes := map[uint64]string{}
		if !m.client.json {
			for _, t := range d.Tasks {
				if t.Status != poco.TaskCompleted.String() {
					notes[t.Index] = unfinished(ctx, c, id, t)
				}
			}
		}
		return m.print(d, func(w io.Writer) {
			fmt.Fprintf(w, "deal %s\n  app %s  workerpool %s  category %d  trust %d\n  %d tasks at %d each, started %s\n",
				d.ID.Hex(), d.App.Hex(), d.Workerpool.Hex(), d.Category, d.Trust, d.Volume, d.Price, d.StartTime.Format(time.RFC3339))
			for _, t := range d.Tasks {
				fmt.Fprintf(w, "  task %d %s %s\n", t.Index, t.ID.Hex(), t.Status)
				if n := notes[t.Index]; n != "" {
					fmt.Fprintf(w, "    %s\n", n)
				}
			}
		})
	})
	claim := m.onHash("claim DEALID", "Claim the deal's unfinished tasks after their final deadline (refunds the requester)", "deal id", true,
		func(ctx context.Context, c *sdk.Client, id common.Hash) error {
			n, err := c.Claim(ctx, id)
			if err != nil {
				return err
			}
			return m.print(map[string]any{"dealid": id, "claimed": n}, func(w io.Writer) { fmt.Fprintf(w, "claimed %d tasks\n", n) })
		})
	cmd.AddCommand(show, claim)
	return cmd
}

func (m *Main) taskCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "task", Short: "Tasks: show"}
	var watch bool
	var index uint64
	show := m.onHash("show DEALID", "A task of a deal (--index), or with --watch all of them until they end", "deal id", false,
		func(ctx context.Context, c *sdk.Client, id common.Hash) error {
			if watch {
				p, err := c.Watch(ctx, id, 500*time.Millisecond, m.progress)
				if err != nil {
					return err
				}
				return m.print(p, func(w io.Writer) { fmt.Fprintln(w) })
			}
			t, err := c.Task(ctx, id, index)
			if err != nil {
				return err
			}
			out := struct {
				sdk.TaskInfo
				Pool      *scheduler.TaskReport `json:"pool,omitempty"`
				PoolError string                `json:"poolError,omitempty"`
				Next      string                `json:"next,omitempty"`
			}{TaskInfo: t, Next: nextStep(t, id)}
			if t.Status != poco.TaskCompleted.String() && t.Status != poco.TaskUnset.String() {
				// How its replicates fare, with the workers' reasons, from the pool.
				if rep, err := c.TaskReport(ctx, id, index); err != nil {
					out.PoolError = err.Error()
				} else {
					out.Pool = &rep
				}
			}
			return m.print(out, func(w io.Writer) {
				fmt.Fprintf(w, "task %d of deal %s\n  id      %s\n  status  %s\n  contributions %d\n", t.Index, short(id.Hex()), t.ID.Hex(), t.Status, t.Contributors)
				if t.ResultDigest != (common.Hash{}) {
					fmt.Fprintf(w, "  result digest %s\n", t.ResultDigest.Hex())
				}
				if out.Pool != nil {
					if out.Pool.Waiting != "" {
						fmt.Fprintf(w, "  waiting: %s\n", out.Pool.Waiting)
					}
					for _, r := range out.Pool.Replicates {
						fmt.Fprintf(w, "  worker %s  %s", short(r.Worker.Hex()), r.State)
						if r.Reason != "" {
							fmt.Fprintf(w, ": %s", r.Reason)
						}
						fmt.Fprintln(w)
					}
				} else if out.PoolError != "" {
					fmt.Fprintf(w, "  (no report from the pool: %s)\n", out.PoolError)
				}
				if out.Next != "" {
					fmt.Fprintf(w, "  next: %s\n", out.Next)
				}
			})
		})
	show.Flags().BoolVar(&watch, "watch", false, "follow every task of the deal until they all end")
	show.Flags().Uint64Var(&index, "index", 0, "task index in the deal")
	cmd.AddCommand(show)
	return cmd
}

// progress draws a progress bar with each task's state (text mode only).
func (m *Main) progress(p sdk.Progress) {
	if m.client.json {
		return
	}
	n := len(p.Tasks)
	width := 30
	done := 0
	if n > 0 {
		done = (p.Completed + p.Failed) * width / n
	}
	var states []string
	for _, t := range p.Tasks {
		states = append(states, fmt.Sprintf("#%d %s", t.Index, t.Status))
	}
	fmt.Fprintf(m.Stderr, "[%s%s] %d/%d done  %s\n", strings.Repeat("#", done), strings.Repeat(".", width-done), p.Completed+p.Failed, n, strings.Join(states, "  "))
}

func (m *Main) resultCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "result", Short: "Results: download, verify, decrypt"}
	var out, decryptOut, identity string
	var index uint64
	download := m.onHash("download DEALID", "Download a task's result (--index) and verify it against the chain", "deal id", false,
		func(ctx context.Context, c *sdk.Client, id common.Hash) error {
			t, err := c.Task(ctx, id, index)
			if err != nil {
				return err
			}
			secret, err := m.identitySecret(&c.Cfg, identity)
			if err != nil {
				return err
			}
			r, err := c.Download(ctx, t, out, secret)
			if err != nil {
				return err
			}
			return m.print(r, func(w io.Writer) { printResult(w, r) })
		})
	download.Flags().StringVar(&out, "out", "results", "directory to save into")
	download.Flags().Uint64Var(&index, "index", 0, "task index in the deal")
	download.Flags().StringVar(&identity, "identity", "", "age identity file for an encrypted result (default: the wallet's)")
	verify := &cobra.Command{
		Use: "verify FILE DEALID", Short: "Check a result archive against the digest the chain certified", Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			id, err := parseHash("deal id", args[1])
			if err != nil {
				return err
			}
			return m.withClient(cmd.Context(), false, func(c *sdk.Client) error {
				t, err := c.Task(cmd.Context(), id, index)
				if err != nil {
					return err
				}
				if t.Status != poco.TaskCompleted.String() {
					return fmt.Errorf("task %d is %s: no certified result yet", index, t.Status)
				}
				if err := sdk.VerifyArchive(data, t.ResultDigest); err != nil {
					return err
				}
				failure := poco.ParseFailure(data)
				return m.print(map[string]any{"file": args[0], "taskid": t.ID, "digest": t.ResultDigest, "verified": true, "failure": failure}, func(w io.Writer) {
					fmt.Fprintf(w, "%s matches the digest %s certified for task %d\n", args[0], t.ResultDigest.Hex(), index)
					if failure != nil {
						fmt.Fprintf(w, "it is a failure record: %s\n", failure)
					}
				})
			})
		},
	}
	verify.Flags().Uint64Var(&index, "index", 0, "task index in the deal")
	decrypt := &cobra.Command{
		Use: "decrypt FILE", Short: "Decrypt an encrypted result (age) with your identity", Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			blob, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			cfg, err := m.loadConfig()
			if err != nil {
				return err
			}
			secret, err := m.identitySecret(cfg, identity)
			if err != nil {
				return err
			}
			if secret == "" {
				return errors.New("no identity: pass --identity FILE")
			}
			plain, err := resultcrypt.Decrypt(blob, secret)
			if err != nil {
				return err
			}
			dst := decryptOut
			if dst == "" {
				dst = strings.TrimSuffix(args[0], ".age")
				if dst == args[0] {
					dst += ".tar"
				}
			}
			if err := os.WriteFile(dst, plain, 0o644); err != nil {
				return err
			}
			return m.print(map[string]any{"file": dst, "bytes": len(plain)}, func(w io.Writer) {
				fmt.Fprintf(w, "decrypted into %s (verify it: decloud result verify %s DEALID --index N)\n", dst, dst)
			})
		},
	}
	decrypt.Flags().StringVar(&identity, "identity", "", "age identity file (default: the wallet's)")
	// Its own variable: registering a flag writes its default, so sharing download's --out
	// left download with "" (mkdir: no such file or directory).
	decrypt.Flags().StringVar(&decryptOut, "out", "", "output file (default: FILE without .age)")
	cmd.AddCommand(download, verify, decrypt)
	return cmd
}

// identitySecret reads --identity, else the wallet's identity file when there is one.
func (m *Main) identitySecret(cfg *sdk.Config, path string) (string, error) {
	if path == "" {
		addr, err := m.walletAddress(cfg)
		if err != nil {
			return "", nil
		}
		path = identityPath(cfg, addr)
		if _, err := os.Stat(path); err != nil {
			return "", nil
		}
	}
	return readIdentity(path)
}

func printResult(w io.Writer, r sdk.Result) {
	state := "verified against the chain"
	if !r.Verified {
		state = "encrypted, not verified (decloud result decrypt, then result verify)"
	}
	fmt.Fprintf(w, "task %d: %s (%s, digest %s)\n", r.Index, r.Path, state, short(r.Digest.Hex()))
	if r.Failure != nil {
		fmt.Fprintf(w, "  the app failed on every replica: %s\n  (a certified failure record: the task is paid for; fix the app or its inputs and run again)\n", r.Failure)
	}
}

func (m *Main) runCommand() *cobra.Command {
	var o sdk.RunOptions
	var dataset, args, inputs, prefer, method, callback, beneficiary, encryptTo, out, tag string
	var maxPrice int64
	var watch, encrypt, dryRun bool
	cmd := &cobra.Command{
		Use:   "run APP",
		Short: "Buy computing in one command: pick orders, state the cost, match, watch, download and verify",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, argv []string) error {
			var err error
			if o.App, err = parseAddress("APP", argv[0]); err != nil {
				return err
			}
			for _, f := range []struct {
				flag, s string
				dst     *common.Address
			}{{"--dataset", dataset, &o.Dataset}, {"--callback", callback, &o.Callback}, {"--beneficiary", beneficiary, &o.Beneficiary}} {
				if f.s != "" {
					if *f.dst, err = parseAddress(f.flag, f.s); err != nil {
						return err
					}
				}
			}
			if tag != "" {
				if o.Tag, err = parseHash("--tag", tag); err != nil {
					return err
				}
			}
			o.Params.Args = args
			for i, uri := range splitList(inputs) {
				f := taskparams.InputFile{URI: uri, Name: fmt.Sprintf("input-%d", i)}
				if base := filepath.Base(strings.SplitN(uri, "#", 2)[0]); base != "" && !strings.Contains(base, ":") {
					f.Name = base
				}
				if u, sum, ok := strings.Cut(uri, "#sha256="); ok {
					f.URI, f.SHA256 = u, sum
				}
				if strings.HasPrefix(f.URI, "storage:") && f.SHA256 == "" {
					f.SHA256 = strings.TrimPrefix(f.URI, "storage:")
				}
				o.Params.InputFiles = append(o.Params.InputFiles, f)
			}
			if maxPrice >= 0 {
				mp := uint64(maxPrice)
				o.MaxPrice = &mp
			}
			if prefer != "" {
				if o.Prefer, err = choice.ParseWeights(prefer); err != nil {
					return err
				}
			}
			o.Method = choice.Method(method)
			return m.withClient(cmd.Context(), true, func(c *sdk.Client) error {
				if encrypt || encryptTo != "" {
					if encryptTo == "" {
						if o.Beneficiary != (common.Address{}) && o.Beneficiary != c.Address() {
							return errors.New("--encrypt-result for another beneficiary needs its age public key: --encrypt-to age1…")
						}
						if encryptTo, err = ensureIdentity(&c.Cfg, c.Address()); err != nil {
							return err
						}
					}
					o.Params.EncryptTo = encryptTo
				}
				return m.run(cmd.Context(), c, o, watch, dryRun, out)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataset, "dataset", "", "dataset to run the app on")
	f.StringVar(&args, "args", "", "the app's arguments")
	f.StringVar(&inputs, "input-files", "", "comma-separated URLs (http(s)://…, storage:SHA256; add #sha256=HEX to check a download)")
	f.Uint64Var(&o.Trust, "trust", 1, "trust level (1: one worker; more: replication and voting)")
	f.Uint64Var(&o.Category, "category", 0, "category (decloud category show)")
	f.Uint64Var(&o.Volume, "volume", 1, "number of tasks (each gets its index)")
	f.Int64Var(&maxPrice, "max-price", -1, "most to pay per task, all parts included")
	f.StringVar(&prefer, "prefer", "", "workerpool choice weights: price=…,time=…,reliability=…,reputation=…,energy=…")
	f.StringVar(&method, "method", string(choice.Promethee), "choice method: promethee or weighted-sum")
	f.StringVar(&o.Params.Requirements, "requirements", "", "CEL condition on workers, e.g. 'memory_mb >= 8192 && arch == \"amd64\"'")
	f.StringVar(&o.Params.Rank, "rank", "", "CEL number ranking workers, e.g. 'speed'")
	f.StringVar(&callback, "callback", "", "contract receiving each result (receiveResult)")
	f.StringVar(&beneficiary, "beneficiary", "", "who the results are for (default: you)")
	f.StringVar(&tag, "tag", "", "required workerpool tag (0x-hex bytes32)")
	f.BoolVar(&encrypt, "encrypt-result", false, "have workers encrypt results for you (age)")
	f.StringVar(&encryptTo, "encrypt-to", "", "age public key to encrypt results for (implies --encrypt-result)")
	f.BoolVar(&watch, "watch", true, "watch the tasks, then download and verify every result")
	f.BoolVar(&dryRun, "dry-run", false, "plan and price the run, match nothing")
	f.StringVar(&out, "out", "results", "directory for the results")
	return cmd
}

func splitList(s string) []string {
	var out []string
	for p := range strings.SplitSeq(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// runReport is `decloud run --json`'s output.
type runReport struct {
	Plan     *sdk.RunPlan  `json:"plan"`
	Deal     common.Hash   `json:"dealid,omitzero"`
	Progress *sdk.Progress `json:"progress,omitempty"`
	Results  []sdk.Result  `json:"results,omitempty"`
}

func (m *Main) run(ctx context.Context, c *sdk.Client, o sdk.RunOptions, watch, dryRun bool, out string) error {
	p, err := c.Plan(ctx, o)
	if err != nil {
		return err
	}
	rep := &runReport{Plan: p}
	if !m.client.json {
		w := m.Stdout
		best := p.Candidates[0]
		fmt.Fprintf(w, "app %s", p.App.App.Hex())
		if p.Dataset != nil {
			fmt.Fprintf(w, ", dataset %s", p.Dataset.Dataset.Hex())
		}
		fmt.Fprintf(w, " on workerpool %s (best of %d compatible orders, score %+.3f)\n", p.Workerpool.Workerpool.Hex(), len(p.Candidates), best.Rank.Score)
		if len(p.SelfSigned) > 0 {
			fmt.Fprintf(w, "self-signed orders for your own %s\n", strings.Join(p.SelfSigned, " and "))
		}
		fmt.Fprintf(w, "cost: %d tasks × %d = %s (trust %d)\n", p.Volume, p.PricePerTask, p.Total, o.Trust)
		if p.Volume < o.Volume {
			fmt.Fprintf(w, "note: only %d of the %d tasks asked for: the orders have no more volume left\n", p.Volume, o.Volume)
		}
	}
	if dryRun {
		return m.print(rep, func(io.Writer) {})
	}
	if rep.Deal, err = c.Execute(ctx, p); err != nil {
		return err
	}
	if !m.client.json {
		fmt.Fprintf(m.Stdout, "deal %s\n", rep.Deal.Hex())
	}
	if !watch {
		return m.print(rep, func(io.Writer) {})
	}
	prog, err := c.Watch(ctx, rep.Deal, 300*time.Millisecond, m.progress)
	if err != nil {
		return err
	}
	rep.Progress = &prog
	secret, err := m.identitySecret(&c.Cfg, "")
	if err != nil {
		return err
	}
	var failed []string
	for _, t := range prog.Tasks {
		if t.Status != poco.TaskCompleted.String() {
			failed = append(failed, unfinished(ctx, c, rep.Deal, t))
			continue
		}
		r, err := c.Download(ctx, t, out, secret)
		if err != nil {
			return err
		}
		rep.Results = append(rep.Results, r)
		if r.Failure != nil {
			failed = append(failed, fmt.Sprintf("task %d: the app failed (%s)", t.Index, r.Failure.Kind))
		}
	}
	err = m.print(rep, func(w io.Writer) {
		for _, r := range rep.Results {
			printResult(w, r)
		}
	})
	if err == nil && len(failed) > 0 {
		err = errors.New(strings.Join(failed, "; "))
	}
	return err
}

// unfinished says where a task that is not completed stands: its status, why (the pool's
// report, when it publishes its API: out of reach, or a worker's reason) and what to do.
func unfinished(ctx context.Context, c *sdk.Client, deal common.Hash, t sdk.TaskInfo) string {
	line := fmt.Sprintf("task %d %s", t.Index, t.Status)
	if pr, err := c.TaskReport(ctx, deal, t.Index); err == nil {
		if pr.Waiting != "" {
			line += " (" + pr.Waiting + ")"
		}
		for _, r := range pr.Replicates {
			if r.Reason != "" {
				line += fmt.Sprintf(" (worker %s: %s)", short(r.Worker.Hex()), r.Reason)
				break
			}
		}
	}
	return line + ": " + nextStep(t, deal)
}

// nextStep says what the requester can do about a task that is not completed.
func nextStep(t sdk.TaskInfo, deal common.Hash) string {
	switch t.Status {
	case poco.TaskCompleted.String():
		return ""
	case poco.TaskFailed.String():
		return "claimed: its price and the pool's stake share were returned to your escrow (decloud account show)"
	case poco.TaskUnset.String():
		return "not started yet: the pool initializes it when a worker is free"
	}
	if !t.FinalDeadline.IsZero() && time.Now().After(t.FinalDeadline) {
		return fmt.Sprintf("past its final deadline: decloud deal claim %s refunds it", deal.Hex())
	}
	if !t.FinalDeadline.IsZero() {
		return fmt.Sprintf("still running; if it does not complete, decloud deal claim %s refunds it after %s", deal.Hex(), t.FinalDeadline.Format(time.RFC3339))
	}
	return "still running"
}
