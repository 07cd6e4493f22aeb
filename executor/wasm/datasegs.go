package wasm

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"slices"
)

// mergeDataSegments returns code with its active data segments merged into as few as give
// the same initial memory, or code itself when it cannot tell that the two are the same
// module to the guest.
//
// Why: wazero evaluates each segment's offset at every instantiation, with allocations; a
// Go program has tens of thousands of segments (its linker starts one after each run of
// zeros), which costs a reused sandbox process ~2.5 ms per run, more than the rest of the
// instantiation. Nothing of the module changes but its data section:
//   - only a module without a data count section is rewritten: without one no instruction
//     may name a data segment (memory.init and data.drop need it, and wazero's validation
//     refuses them), so the segments' number and boundaries are invisible;
//   - every segment must be active, for memory 0, at a constant offset, and within the
//     memory's declared minimum (so instantiation cannot fail on one, which would name it);
//   - no two segments may overlap (then the order in which they are applied does not
//     matter), and the new segments hold the old ones at their offsets, joined across
//     gaps of up to mergeGap bytes that no segment wrote, as zeros (memory starts zeroed).
//
// Anything unexpected (a malformed module included, which wazero then refuses with its own
// message) leaves the module as it is.
func mergeDataSegments(code []byte) (merged []byte) {
	defer func() {
		if recover() != nil { // a bug here must not be the guest's problem
			merged = code
		}
	}()
	out, err := rewriteData(code)
	if err != nil {
		return code
	}
	return out
}

var errKeep = errors.New("keep the module as it is")

// maxMergedData bounds the new data section (the zeros of the gaps make it grow a little).
const maxMergedData = 256 << 20

// mergeGap is the longest run of unwritten (zero) bytes a merged segment spans.
const mergeGap = 4096

const (
	sectionImport    = 2
	sectionMemory    = 5
	sectionData      = 11
	sectionDataCount = 12
)

type section struct {
	id            byte
	start, end    int // the whole section, id included
	payload, tail int // its content
}

func rewriteData(code []byte) ([]byte, error) {
	if len(code) < 8 || len(code) >= 1<<32 || !bytes.Equal(code[:8], []byte{0, 'a', 's', 'm', 1, 0, 0, 0}) {
		return nil, errKeep
	}
	var sections []section
	for i := 8; i < len(code); {
		s := section{id: code[i], start: i}
		size, n := binary.Uvarint(code[i+1:])
		if n <= 0 || size > uint64(len(code)) {
			return nil, errKeep
		}
		s.payload = i + 1 + n
		s.tail = s.payload + int(size)
		if s.tail > len(code) {
			return nil, errKeep
		}
		s.end = s.tail
		sections = append(sections, s)
		i = s.end
	}
	var data *section
	var minPages uint64
	haveMemory := false
	for k := range sections {
		s := &sections[k]
		switch s.id {
		case sectionDataCount:
			return nil, errKeep
		case sectionImport:
			if importsMemory(code[s.payload:s.tail]) {
				return nil, errKeep // its size is not the module's to declare
			}
		case sectionMemory:
			p := code[s.payload:s.tail]
			count, n := binary.Uvarint(p)
			if n <= 0 || count != 1 || len(p) < n+2 {
				return nil, errKeep
			}
			flags := p[n]
			if flags&^1 != 0 { // shared or 64-bit memories: not worth the care
				return nil, errKeep
			}
			if minPages, n = binary.Uvarint(p[n+1:]); n <= 0 {
				return nil, errKeep
			}
			haveMemory = true
		case sectionData:
			data = s
		}
	}
	if data == nil || !haveMemory {
		return nil, errKeep
	}
	// A segment: its offset in memory, and where its bytes are in code (compact: a Go
	// module has tens of thousands).
	type segment struct{ offset, at, size uint32 }
	p := code[data.payload:data.tail]
	count, n := binary.Uvarint(p)
	if n <= 0 || count < 2 || count > uint64(len(p)) {
		return nil, errKeep
	}
	at := data.payload + n
	segs := make([]segment, 0, count)
	sorted := true
	for range count {
		// flags 0 (active, memory 0), i32.const offset, end, then the bytes.
		p = code[at:data.tail]
		if len(p) < 2 || p[0] != 0 || p[1] != 0x41 {
			return nil, errKeep
		}
		v, n := sleb32(p[2:])
		if n <= 0 || len(p) < 2+n+1 || p[2+n] != 0x0b {
			return nil, errKeep
		}
		at += 2 + n + 1
		size, n := binary.Uvarint(code[at:data.tail])
		if n <= 0 || size > uint64(data.tail-at-n) {
			return nil, errKeep
		}
		at += n
		off := uint64(uint32(v))
		if off+size > minPages*65536 || off+size > 1<<32 {
			return nil, errKeep
		}
		if size > 0 { // an empty one (in bounds) writes nothing
			if k := len(segs) - 1; k >= 0 && segs[k].offset > uint32(off) {
				sorted = false
			}
			segs = append(segs, segment{uint32(off), uint32(at), uint32(size)})
		}
		at += int(size)
	}
	if at != data.tail {
		return nil, errKeep
	}
	// In offset order, no two may overlap: the order in which they are applied then does
	// not matter (overlapping ones, which no toolchain here emits, are left as they are).
	if !sorted {
		slices.SortStableFunc(segs, func(a, b segment) int { return cmp.Compare(a.offset, b.offset) })
	}
	end := func(s segment) uint64 { return uint64(s.offset) + uint64(s.size) }
	for i := 1; i < len(segs); i++ {
		if uint64(segs[i].offset) < end(segs[i-1]) {
			return nil, errKeep
		}
	}
	// The new segments: runs of segments joined across gaps of at most mergeGap bytes,
	// which stay zero.
	type run struct{ first, last int }
	var runs []run
	for i := range segs {
		if k := len(runs) - 1; k >= 0 && uint64(segs[i].offset)-end(segs[runs[k].last]) <= mergeGap {
			runs[k].last = i
			continue
		}
		runs = append(runs, run{i, i})
	}
	if len(runs) >= int(count) {
		return nil, errKeep
	}
	span := func(r run) uint64 { return end(segs[r.last]) - uint64(segs[r.first].offset) }
	head := func(r run) []byte {
		b := appendSleb32([]byte{0, 0x41}, int32(segs[r.first].offset))
		b = append(b, 0x0b)
		return binary.AppendUvarint(b, span(r))
	}
	size := uint64(len(binary.AppendUvarint(nil, uint64(len(runs)))))
	for _, r := range runs {
		size += uint64(len(head(r))) + span(r)
	}
	if size > maxMergedData {
		return nil, errKeep
	}
	// One allocation, of the new module's size; what no segment wrote stays zero.
	sectionHead := binary.AppendUvarint([]byte{sectionData}, size)
	out := make([]byte, data.start+len(sectionHead)+int(size)+len(code)-data.end)
	w := copy(out, code[:data.start])
	w += copy(out[w:], sectionHead)
	w += copy(out[w:], binary.AppendUvarint(nil, uint64(len(runs))))
	for _, r := range runs {
		w += copy(out[w:], head(r))
		base := segs[r.first].offset
		for _, s := range segs[r.first : r.last+1] {
			copy(out[w+int(s.offset-base):], code[s.at:s.at+s.size])
		}
		w += int(span(r))
	}
	copy(out[w:], code[data.end:])
	return out, nil
}

// importsMemory reports whether an import section imports a memory (or cannot be read).
func importsMemory(p []byte) bool {
	count, n := binary.Uvarint(p)
	if n <= 0 {
		return true
	}
	p = p[n:]
	skipName := func() bool {
		l, n := binary.Uvarint(p)
		if n <= 0 || l > uint64(len(p)-n) {
			return false
		}
		p = p[n+int(l):]
		return true
	}
	skipLimits := func() bool {
		if len(p) < 1 {
			return false
		}
		flags := p[0]
		p = p[1:]
		for range 1 + int(flags&1) {
			if _, n := binary.Uvarint(p); n <= 0 {
				return false
			} else {
				p = p[n:]
			}
		}
		return true
	}
	for range count {
		module, field := skipName(), false // an import: its module's name, then its own
		if module {
			field = skipName()
		}
		if !field || len(p) < 1 {
			return true
		}
		kind := p[0]
		p = p[1:]
		switch kind {
		case 0: // a function: its type index
			if _, n := binary.Uvarint(p); n <= 0 {
				return true
			} else {
				p = p[n:]
			}
		case 1: // a table: its element type, then limits
			if len(p) < 1 {
				return true
			}
			p = p[1:]
			if !skipLimits() {
				return true
			}
		case 2:
			return true
		case 3: // a global: its type and mutability
			if len(p) < 2 {
				return true
			}
			p = p[2:]
		default:
			return true
		}
	}
	return false
}

// sleb32 decodes a signed LEB128 32-bit integer (n <= 0: malformed).
func sleb32(p []byte) (int32, int) {
	var v int64
	var shift uint
	for i := 0; i < len(p) && i < 5; i++ {
		b := p[i]
		v |= int64(b&0x7f) << shift
		shift += 7
		if b&0x80 == 0 {
			if shift < 64 && b&0x40 != 0 {
				v |= -1 << shift
			}
			if v < -1<<31 || v > 1<<31-1 {
				return 0, -1
			}
			return int32(v), i + 1
		}
	}
	return 0, -1
}

func appendSleb32(b []byte, v int32) []byte {
	x := int64(v)
	for {
		c := byte(x & 0x7f)
		x >>= 7
		if (x == 0 && c&0x40 == 0) || (x == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
