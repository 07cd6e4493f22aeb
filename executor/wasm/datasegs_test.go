package wasm

import (
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/decloud/decloud/executor/executortest"
)

// wasmModule assembles a module: a memory of minPages (or an imported one), optionally a
// data count section, and the given data segments (already encoded).
func wasmModule(minPages int, importMemory, dataCount bool, segs ...[]byte) []byte {
	section := func(id byte, payload []byte) []byte {
		return append(binary.AppendUvarint([]byte{id}, uint64(len(payload))), payload...)
	}
	m := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	if importMemory {
		m = append(m, section(sectionImport, []byte{1, 3, 'e', 'n', 'v', 3, 'm', 'e', 'm', 2, 0, byte(minPages)})...)
	} else {
		m = append(m, section(sectionMemory, binary.AppendUvarint([]byte{1, 0}, uint64(minPages)))...)
	}
	if dataCount {
		m = append(m, section(sectionDataCount, binary.AppendUvarint(nil, uint64(len(segs))))...)
	}
	data := binary.AppendUvarint(nil, uint64(len(segs)))
	for _, s := range segs {
		data = append(data, s...)
	}
	return append(m, section(sectionData, data)...)
}

func activeSegment(offset int32, init string) []byte {
	b := appendSleb32([]byte{0, 0x41}, offset)
	b = append(b, 0x0b)
	b = binary.AppendUvarint(b, uint64(len(init)))
	return append(b, init...)
}

func passiveSegment(init string) []byte {
	return append(binary.AppendUvarint([]byte{1}, uint64(len(init))), init...)
}

// dataSegments counts a module's data segments (-1: none or unreadable).
func dataSegments(code []byte) int {
	for i := 8; i < len(code); {
		size, n := binary.Uvarint(code[i+1:])
		if code[i] == sectionData {
			count, _ := binary.Uvarint(code[i+1+n:])
			return int(count)
		}
		i += 1 + n + int(size)
	}
	return -1
}

// initialMemory instantiates code without running anything and returns its memory (nil
// and the error when instantiation fails).
func initialMemory(t *testing.T, rt wazero.Runtime, code []byte) ([]byte, error) {
	t.Helper()
	ctx := context.Background()
	compiled, err := rt.CompileModule(ctx, code)
	if err != nil {
		return nil, err
	}
	defer compiled.Close(ctx)
	mod, err := rt.InstantiateModule(ctx, compiled, wazero.NewModuleConfig().WithName("").WithStartFunctions())
	if err != nil {
		return nil, err
	}
	defer mod.Close(ctx)
	mem, _ := mod.Memory().Read(0, mod.Memory().Size())
	return bytes.Clone(mem), nil
}

// Merged segments give the module the same initial memory; a module where the segments'
// boundaries could matter, or that the merge does not understand, is left as it is.
func TestMergeDataSegments(t *testing.T) {
	big := string(bytes.Repeat([]byte{7}, 5000))
	cases := []struct {
		name   string
		code   []byte
		merged int // segments after (0: the module must be left as it is; -1: none)
	}{
		{"adjacent and near", wasmModule(1, false, false, activeSegment(0, "abc"), activeSegment(3, "def"), activeSegment(100, "x")), 1},
		{"overlapping segments", wasmModule(1, false, false, activeSegment(0, "abcdef"), activeSegment(2, "\x00\x00"), activeSegment(40, "Z")), 0},
		{"only empty segments", wasmModule(1, false, false, activeSegment(0, ""), activeSegment(3, "")), -1},
		{"out of order", wasmModule(2, false, false, activeSegment(70000, "late"), activeSegment(10, "early"), activeSegment(20, "mid")), 2},
		{"far apart", wasmModule(2, false, false, activeSegment(0, "a"), activeSegment(1, "b"), activeSegment(65000, "c"), activeSegment(65001, big[:10])), 2},
		{"long segments", wasmModule(1, false, false, activeSegment(0, big), activeSegment(5000, big), activeSegment(20000, big)), 2},
		{"empty segments", wasmModule(1, false, false, activeSegment(5, ""), activeSegment(10, "x"), activeSegment(65536, "")), 1},
		{"a data count section", wasmModule(1, false, true, activeSegment(0, "a"), activeSegment(1, "b")), 0},
		{"a passive segment", wasmModule(1, false, false, activeSegment(0, "a"), passiveSegment("b"), activeSegment(2, "c")), 0},
		{"out of the minimum memory", wasmModule(1, false, false, activeSegment(0, "a"), activeSegment(65535, "bc")), 0},
		{"a negative offset", wasmModule(1, false, false, activeSegment(0, "a"), activeSegment(-1, "b")), 0},
		{"an imported memory", wasmModule(1, true, false, activeSegment(0, "a"), activeSegment(1, "b")), 0},
		{"one segment", wasmModule(1, false, false, activeSegment(0, "abc")), 0},
		{"truncated", wasmModule(1, false, false, activeSegment(0, "a"), activeSegment(1, "b"))[:25], 0},
		{"not a module", []byte("this is not webassembly"), 0},
	}
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
	defer rt.Close(ctx)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := mergeDataSegments(tc.code)
			if tc.merged == 0 {
				if !bytes.Equal(got, tc.code) {
					t.Fatalf("rewritten: %x", got)
				}
				return
			}
			if n := dataSegments(got); n != max(tc.merged, 0) {
				t.Fatalf("%d segments after, want %d", n, max(tc.merged, 0))
			}
			want, err := initialMemory(t, rt, tc.code)
			if err != nil {
				t.Fatal(err)
			}
			have, err := initialMemory(t, rt, got)
			if err != nil {
				t.Fatalf("the merged module: %v", err)
			}
			if !bytes.Equal(want, have) {
				t.Fatal("the merged module's memory differs")
			}
		})
	}
}

// A Go module (the probe: tens of thousands of segments) keeps its memory image.
func TestMergeDataSegmentsOfAGoModule(t *testing.T) {
	probe, _ := executortest.BuildWASM(t, "../executortest/probe")
	code, err := os.ReadFile(probe)
	if err != nil {
		t.Fatal(err)
	}
	merged := mergeDataSegments(code)
	before, after := dataSegments(code), dataSegments(merged)
	t.Logf("%d segments merged into %d", before, after)
	if after >= before || after > 100 {
		t.Fatalf("%d segments merged into %d", before, after)
	}
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	want, err := initialMemory(t, rt, code)
	if err != nil {
		t.Fatal(err)
	}
	have, err := initialMemory(t, rt, merged)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, have) {
		t.Fatal("the merged module's memory differs")
	}
}
