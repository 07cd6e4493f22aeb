package poco

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
)

// ResultLink is what finalize stores on chain as a task's `results`: where the result
// lies (a storage service and a location in it) and the digest the workers agreed on.
type ResultLink struct {
	Storage  string      `json:"storage"`
	Location string      `json:"location"`
	Digest   common.Hash `json:"digest"`
}

// ErrBadResultLink is returned for bytes that are not a valid result link.
var ErrBadResultLink = errors.New("poco: bad result link")

// Marshal returns the link's compact JSON: {"storage":…,"location":…,"digest":"0x…"}.
func (l ResultLink) Marshal() []byte {
	b, err := json.Marshal(l)
	if err != nil { // two strings and a hash cannot fail
		panic("poco: marshal result link: " + err.Error())
	}
	return b
}

// UnmarshalJSON parses strictly, as ParseResultLink does.
func (l *ResultLink) UnmarshalJSON(b []byte) error {
	v, err := ParseResultLink(b)
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseResultLink parses a result link strictly: one JSON object whose keys are exactly
// storage, location and digest (matched case-sensitively, each at most once, the first
// two optional), a non-zero digest as 0x and 64 hex digits, nothing after the object.
// Every failure wraps ErrBadResultLink.
func ParseResultLink(b []byte) (ResultLink, error) {
	l, err := parseResultLink(json.NewDecoder(bytes.NewReader(b)))
	if err != nil {
		return ResultLink{}, fmt.Errorf("%w: %v", ErrBadResultLink, err)
	}
	return l, nil
}

func parseResultLink(dec *json.Decoder) (ResultLink, error) {
	var l ResultLink
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return l, errors.New("not a JSON object")
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return l, err
		}
		key, _ := tok.(string)
		var dst any
		switch key {
		case "storage":
			dst = &l.Storage
		case "location":
			dst = &l.Location
		case "digest":
			dst = &l.Digest
		default:
			return l, fmt.Errorf("unknown field %q", key)
		}
		if seen[key] {
			return l, fmt.Errorf("duplicate field %q", key)
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return l, err
		}
		if bytes.Equal(raw, []byte("null")) {
			return l, fmt.Errorf("null %s", key)
		}
		if err := json.Unmarshal(raw, dst); err != nil {
			return l, fmt.Errorf("%s: %v", key, err)
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return l, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return l, errors.New("data after the object")
	}
	if l.Digest == (common.Hash{}) {
		return l, errors.New("no digest")
	}
	return l, nil
}
