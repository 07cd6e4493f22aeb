package main

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decloud/decloud/poco"
	"github.com/decloud/decloud/sdk"
)

// order init's --field reaches every field of an order by its JSON name, and refuses
// unknown names, the signature and malformed values.
func TestSetOrderFields(t *testing.T) {
	newRequest := func() *poco.RequestOrder {
		return &poco.RequestOrder{AppMaxPrice: big.NewInt(1), DatasetMaxPrice: big.NewInt(0), WorkerpoolMaxPrice: big.NewInt(2),
			Volume: big.NewInt(1), Category: big.NewInt(0), Trust: big.NewInt(1)}
	}
	o := newRequest()
	err := setOrderFields(o, []string{
		"beneficiary=0x00000000000000000000000000000000000000b1", "callback=0x00000000000000000000000000000000000000c1",
		"dataset=0x00000000000000000000000000000000000000d1", "datasetmaxprice=5", "params={\"args\":\"x\"}",
		"tag=0x0000000000000000000000000000000000000000000000000000000000000001",
	})
	if err != nil {
		t.Fatal(err)
	}
	if o.Beneficiary != common.HexToAddress("0xb1") || o.Callback != common.HexToAddress("0xc1") || o.Dataset != common.HexToAddress("0xd1") ||
		o.DatasetMaxPrice.Int64() != 5 || o.Params != `{"args":"x"}` || o.Tag != common.HexToHash("0x1") || o.AppMaxPrice.Int64() != 1 {
		t.Fatalf("order %+v", o)
	}
	for _, bad := range []struct{ field, want string }{
		{"nope=1", "no such field"},
		{"sign=0x01", "no such field"},
		{"beneficiary=0xzz", "--field"},
		{"datasetmaxprice=-", "decimal integer"},
		{"datasetmaxprice=1.5", "decimal integer"},
		{"datasetmaxprice=-5", "decimal integer"},
		{"novalue", "NAME=VALUE"},
	} {
		if err := setOrderFields(newRequest(), []string{bad.field}); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("--field %s: %v, want %q", bad.field, err, bad.want)
		}
	}
}

// What a requester is told to do about a task that is not completed.
func TestNextStep(t *testing.T) {
	deal := common.HexToHash("0xdea1")
	for _, tc := range []struct {
		t    sdk.TaskInfo
		want string
	}{
		{sdk.TaskInfo{Status: poco.TaskFailed.String()}, "claimed"},
		{sdk.TaskInfo{Status: poco.TaskUnset.String()}, "not started yet"},
		{sdk.TaskInfo{Status: poco.TaskActive.String(), FinalDeadline: time.Now().Add(-time.Minute)}, "decloud deal claim " + deal.Hex() + " refunds it"},
		{sdk.TaskInfo{Status: poco.TaskActive.String(), FinalDeadline: time.Now().Add(time.Hour)}, "refunds it after"},
		{sdk.TaskInfo{Status: poco.TaskCompleted.String()}, ""},
	} {
		if got := nextStep(tc.t, deal); !strings.Contains(got, tc.want) || (tc.want == "" && got != "") {
			t.Errorf("%s (deadline %v): %q, want %q", tc.t.Status, tc.t.FinalDeadline, got, tc.want)
		}
	}
}
