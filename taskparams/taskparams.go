// Package taskparams is the one place that reads and writes a request's params: the JSON
// object a requester puts in its request order, that reaches the workerpool's scheduler
// (which matches workers with its requirements and rank) and the worker (which runs the app
// with its args, downloads its input files and encrypts the result to encryptTo):
//
//	{"args": "a b c",
//	 "inputFiles": [{"name": "x.txt", "uri": "storage:<sha256hex>", "sha256": "<hex>"}],
//	 "requirements": "<CEL bool expression>",
//	 "rank": "<CEL numeric expression>",
//	 "encryptTo": "age1…"}
//
// Every key is optional; an empty string means no params. Parsing is strict: unknown or
// duplicate keys (matched case-sensitively) and values of the wrong type are refused.
package taskparams

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/decloud/decloud/match"
	"github.com/decloud/decloud/resultcrypt"
)

// Limits on input files.
const (
	MaxInputFiles = 64
	MaxNameLen    = 255
)

// ErrInvalid is wrapped by every error of Parse and Validate.
var ErrInvalid = errors.New("taskparams: invalid params")

// Params is a request's params.
type Params struct {
	Args         string      `json:"args,omitempty"`         // the app's arguments, split on white space
	InputFiles   []InputFile `json:"inputFiles,omitempty"`   // downloaded into the app's input directory
	Requirements string      `json:"requirements,omitempty"` // CEL bool over a worker's ad (package match)
	Rank         string      `json:"rank,omitempty"`         // CEL number over a worker's ad: higher is preferred
	EncryptTo    string      `json:"encryptTo,omitempty"`    // age X25519 recipient of the stored result
}

// InputFile is a file the worker downloads before the run.
type InputFile struct {
	Name   string `json:"name"`             // file name in the input directory, no path
	URI    string `json:"uri"`              // storage:<sha256hex>, http:// or https://
	SHA256 string `json:"sha256,omitempty"` // lowercase hex; checked when given
}

// Parse reads params. "" gives the zero Params. It checks the input files' shape (names,
// URIs, checksums) but not the expressions nor the recipient: see Validate.
func Parse(s string) (Params, error) {
	var p Params
	if strings.TrimSpace(s) == "" {
		return p, nil
	}
	var files []json.RawMessage
	err := object([]byte(s), map[string]any{
		"args": &p.Args, "inputFiles": &files, "requirements": &p.Requirements, "rank": &p.Rank, "encryptTo": &p.EncryptTo,
	})
	if err != nil {
		return Params{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	for i, raw := range files {
		var f InputFile
		if err := object(raw, map[string]any{"name": &f.Name, "uri": &f.URI, "sha256": &f.SHA256}); err != nil {
			return Params{}, fmt.Errorf("%w: inputFiles[%d]: %v", ErrInvalid, i, err)
		}
		p.InputFiles = append(p.InputFiles, f)
	}
	if err := p.checkFiles(); err != nil {
		return Params{}, err
	}
	return p, nil
}

// object decodes the JSON object data into the pointers of fields, refusing other keys,
// a key given twice and anything after the object.
func object(data []byte, fields map[string]any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return errors.New("not a JSON object")
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("not JSON: %v", err)
		}
		key := tok.(string) // object keys are strings
		dst, ok := fields[key]
		if !ok {
			return fmt.Errorf("unknown key %q", key)
		}
		if seen[key] {
			return fmt.Errorf("key %q given twice", key)
		}
		seen[key] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("not JSON: %v", err)
		}
		if err := json.Unmarshal(raw, dst); err != nil {
			return fmt.Errorf("%q must be %s", key, kind(dst))
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON object")
	}
	return nil
}

func kind(dst any) string {
	if _, ok := dst.(*string); ok {
		return "a string"
	}
	return "a list of objects"
}

// Encode writes p as params (keys in a fixed order, empty ones left out); Parse reads it
// back to p.
func (p Params) Encode() string {
	b, err := json.Marshal(p)
	if err != nil {
		panic(err) // strings and slices of strings always marshal
	}
	return string(b)
}

// ParseValid is Parse then Validate: what a request's params must pass to ever run.
func ParseValid(s string) (Params, error) {
	p, err := Parse(s)
	if err != nil {
		return Params{}, err
	}
	if err := p.Validate(); err != nil {
		return Params{}, err
	}
	return p, nil
}

// Validate checks everything Parse checks, and that the requirements and rank compile
// (package match) and that EncryptTo, when set, is an age X25519 recipient.
func (p Params) Validate() error {
	if err := p.checkFiles(); err != nil {
		return err
	}
	if _, err := p.Program(); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if p.EncryptTo != "" {
		if err := resultcrypt.CheckRecipient(p.EncryptTo); err != nil {
			return fmt.Errorf("%w: encryptTo: %v", ErrInvalid, err)
		}
	}
	return nil
}

// Program compiles the requirements and rank (memoized by package match).
func (p Params) Program() (*match.Program, error) {
	return match.Compile(p.Requirements, p.Rank)
}

func (p Params) checkFiles() error {
	if len(p.InputFiles) > MaxInputFiles {
		return fmt.Errorf("%w: %d input files, at most %d", ErrInvalid, len(p.InputFiles), MaxInputFiles)
	}
	names := map[string]bool{}
	for i, f := range p.InputFiles {
		if err := f.check(); err != nil {
			return fmt.Errorf("%w: inputFiles[%d]: %v", ErrInvalid, i, err)
		}
		if names[f.Name] {
			return fmt.Errorf("%w: inputFiles[%d]: name %q given twice", ErrInvalid, i, f.Name)
		}
		names[f.Name] = true
	}
	return nil
}

func (f InputFile) check() error {
	switch {
	case f.Name == "" || f.Name == ".":
		return errors.New("a name is needed")
	case len(f.Name) > MaxNameLen:
		return fmt.Errorf("the name is over %d bytes", MaxNameLen)
	case strings.ContainsAny(f.Name, `/\`+"\x00"), strings.Contains(f.Name, ".."):
		return fmt.Errorf("name %q: no path separators nor '..' allowed", f.Name)
	}
	if f.SHA256 != "" && !isSum(f.SHA256) {
		return fmt.Errorf("sha256 %q is not 64 lowercase hex digits", f.SHA256)
	}
	switch {
	case strings.HasPrefix(f.URI, "storage:"):
		sum := strings.TrimPrefix(f.URI, "storage:")
		if !isSum(sum) {
			return fmt.Errorf("uri %q: storage:<sha256, 64 lowercase hex digits>", f.URI)
		}
		if f.SHA256 != "" && f.SHA256 != sum {
			return fmt.Errorf("uri %q and sha256 %q differ", f.URI, f.SHA256)
		}
	case strings.HasPrefix(f.URI, "https://"), strings.HasPrefix(f.URI, "http://"):
	default:
		return fmt.Errorf("uri %q: storage:, http:// or https:// only", f.URI)
	}
	return nil
}

func isSum(s string) bool {
	if len(s) != 64 || strings.ToLower(s) != s {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil
}
