package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/decloud/decloud/market"
	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
	"github.com/decloud/decloud/taskparams"
)

// setOrderFields sets fields of o by their JSON names (NAME=VALUE): a number field takes a
// decimal integer, any other a string (an address, a hash, the params). The result is
// decoded strictly back into o, so an unknown name or a bad value is refused.
func setOrderFields(o poco.Order, fields []string) error {
	if len(fields) == 0 {
		return nil
	}
	b, err := json.Marshal(o)
	if err != nil {
		return err
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return err
	}
	for _, f := range fields {
		name, value, ok := strings.Cut(f, "=")
		if !ok || name == "" {
			return fmt.Errorf("--field %q: NAME=VALUE", f)
		}
		cur, known := obj[name]
		if !known || name == "sign" {
			return fmt.Errorf("--field %s: no such field in this order (the fields: decloud order init KIND prints them)", name)
		}
		if len(cur) > 0 && cur[0] != '"' && cur[0] != 'n' { // a number
			if v, ok := new(big.Int).SetString(value, 10); !ok || v.Sign() < 0 {
				return fmt.Errorf("--field %s=%q: a non-negative decimal integer", name, value)
			}
			obj[name] = json.RawMessage(value)
			continue
		}
		q, _ := json.Marshal(value)
		obj[name] = q
	}
	b, err = json.Marshal(obj)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(o); err != nil {
		return fmt.Errorf("--field: %w", err)
	}
	return nil
}

func (m *Main) orderCommand() *cobra.Command {
	cmd := &cobra.Command{Use: "order", Short: "Orders: init, sign, publish, unpublish, cancel, show"}
	var asset string
	var price, volume, trust, category uint64
	var out string
	var fields []string
	var batched bool
	write := func(b []byte) error {
		if out == "" || out == "-" {
			_, err := fmt.Fprintln(m.Stdout, string(b))
			return err
		}
		return os.WriteFile(out, append(b, '\n'), 0o644)
	}
	initCmd := &cobra.Command{
		Use: "init KIND", Short: "Print an unsigned order template (KIND: app, dataset, workerpool, request)", Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := market.ParseKind(args[0])
			if err != nil {
				return err
			}
			a, err := parseAddress("--asset", asset)
			if err != nil {
				return err
			}
			return m.withClient(cmd.Context(), k == market.KindRequest, func(c *sdk.Client) error {
				o, err := c.NewOrder(k, a, price, volume)
				if err != nil {
					return err
				}
				set := cmd.Flags().Changed
				switch o := o.(type) {
				case *poco.WorkerpoolOrder:
					o.Trust, o.Category = new(big.Int).SetUint64(trust), new(big.Int).SetUint64(category)
				case *poco.RequestOrder:
					o.Trust, o.Category = new(big.Int).SetUint64(trust), new(big.Int).SetUint64(category)
				default:
					if set("trust") || set("category") {
						return fmt.Errorf("--trust and --category belong to workerpool and request orders, not %s orders", k)
					}
				}
				if _, pool := o.(*poco.WorkerpoolOrder); batched && !pool {
					return fmt.Errorf("--batched belongs to workerpool orders, not %s orders", k)
				}
				if err := setOrderFields(o, fields); err != nil {
					return err
				}
				if wo, ok := o.(*poco.WorkerpoolOrder); ok && batched {
					wo.Tag = common.BigToHash(new(big.Int).Or(wo.Tag.Big(), poco.TagBatched.Big())) // besides any --field tag
				}
				b, err := sdk.MarshalIndent(o)
				if err != nil {
					return err
				}
				return write(b)
			})
		},
	}
	initCmd.Flags().StringArrayVar(&fields, "field", nil, "set any other field by its JSON name, NAME=VALUE (repeatable): tag, salt, "+
		"datasetrestrict, workerpoolrestrict, requesterrestrict, apprestrict; for a request also dataset, datasetmaxprice, workerpool, "+
		"appmaxprice, beneficiary, callback, params (JSON, see docs/api.md)")
	initCmd.Flags().StringVar(&asset, "asset", "", "the app, dataset or workerpool offered (for a request: the app)")
	initCmd.Flags().Uint64Var(&price, "price", 0, "price per task (for a request: the workerpool's maximum)")
	initCmd.Flags().Uint64Var(&volume, "volume", 1, "number of tasks")
	initCmd.Flags().Uint64Var(&trust, "trust", 1, "trust level (workerpool: the most it serves; request: what it asks)")
	initCmd.Flags().Uint64Var(&category, "category", 0, "category (decloud category show), for workerpool and request orders")
	initCmd.Flags().StringVar(&out, "out", "", "write to this file (default: stdout)")
	initCmd.Flags().BoolVar(&batched, "batched", false, "workerpool orders: settle the deals in batches (tag bit 1: the workers sign their contributions and back them with a bond to the pool; see docs/protocol.md)")

	signCmd := m.onOrderFile("sign KIND FILE", "Sign an order file with the wallet (EIP-712) and print or --out it", true,
		func(ctx context.Context, c *sdk.Client, k market.Kind, o poco.Order) error {
			if k == market.KindRequest {
				if err := checkRequestParams(o); err != nil {
					return err
				}
			}
			if _, err := c.SignOrder(o); err != nil {
				return err
			}
			b, err := sdk.MarshalIndent(o)
			if err != nil {
				return err
			}
			return write(b)
		})
	signCmd.Flags().StringVar(&out, "out", "", "write to this file (default: stdout)")

	publishCmd := m.onOrderFile("publish KIND FILE", "Publish a signed order to the market", false,
		func(ctx context.Context, c *sdk.Client, k market.Kind, o poco.Order) error {
			e, err := c.Publish(ctx, k, o)
			if err != nil {
				return err
			}
			return m.print(e, func(w io.Writer) {
				fmt.Fprintf(w, "published %s order %s: %s, %d of %d left at %d per task\n", e.Kind, e.Hash.Hex(), e.Status, e.Remaining, e.Volume, e.Price)
			})
		})
	unpublishCmd := m.onHash("unpublish HASH", "Withdraw one of your orders from the market (it stays valid on chain)", "order hash", true,
		func(ctx context.Context, c *sdk.Client, h common.Hash) error {
			if err := c.Unpublish(ctx, h); err != nil {
				return err
			}
			return m.print(map[string]any{"orderHash": h, "status": market.StatusUnlisted}, func(w io.Writer) { fmt.Fprintf(w, "unpublished %s\n", h.Hex()) })
		})
	cancelCmd := m.onOrderFile("cancel KIND FILE", "Cancel a signed order on chain: no match can use it any more", true,
		func(ctx context.Context, c *sdk.Client, _ market.Kind, o poco.Order) error {
			if err := c.Cancel(ctx, o); err != nil {
				return err
			}
			h, _ := o.Hash(c.Domain)
			return m.print(map[string]any{"orderHash": h, "status": market.StatusCancelled}, func(w io.Writer) { fmt.Fprintf(w, "cancelled %s\n", h.Hex()) })
		})
	showCmd := m.onHash("show HASH", "An order as the market lists it and as the chain consumed it", "order hash", false,
		func(ctx context.Context, c *sdk.Client, h common.Hash) error {
			s, err := c.ShowOrder(ctx, h)
			if err != nil {
				return err
			}
			return m.print(s, func(w io.Writer) {
				fmt.Fprintf(w, "%s order %s\n  status     %s\n  signer     %s\n  price      %d\n  remaining  %d of %d (consumed on chain: %s)\n",
					s.Kind, s.Hash.Hex(), s.Status, s.Signer.Hex(), s.Price, s.Remaining, s.Volume, s.Consumed)
			})
		})
	cmd.AddCommand(initCmd, signCmd, publishCmd, unpublishCmd, cancelCmd, showCmd)
	return cmd
}

// onOrderFile returns a command whose arguments are a book and an order file, and whose
// run gets the order and a connected client (with the wallet's key when withKey).
func (m *Main) onOrderFile(use, short string, withKey bool, run func(ctx context.Context, c *sdk.Client, k market.Kind, o poco.Order) error) *cobra.Command {
	return &cobra.Command{
		Use: use, Short: short, Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			k, o, err := readOrder(args[0], args[1])
			if err != nil {
				return err
			}
			return m.withClient(cmd.Context(), withKey, func(c *sdk.Client) error {
				return run(cmd.Context(), c, k, o)
			})
		},
	}
}

// readOrder reads an order file of kind.
func readOrder(kind, path string) (market.Kind, poco.Order, error) {
	k, err := market.ParseKind(kind)
	if err != nil {
		return "", nil, err
	}
	b, err := readJSONFile(path)
	if err != nil {
		return "", nil, err
	}
	o, err := sdk.ParseOrder(k, b)
	return k, o, err
}

// checkRequestParams refuses to sign a request whose params would never run: bad JSON,
// a CEL expression that does not compile (its parse error is shown), a bad recipient.
func checkRequestParams(o poco.Order) error {
	r, ok := o.(*poco.RequestOrder)
	if !ok {
		return nil
	}
	_, err := taskparams.ParseValid(r.Params)
	return err
}
