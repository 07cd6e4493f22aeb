package poco

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// CallbackFile is the file of /out whose content is delivered to a dapp's callback.
const CallbackFile = "callback.bin"

// MaxCallbackData bounds callback.bin: the hub stores it and hands it to the dapp in the
// finalizing transaction, and about 23 KB already cannot be finalized under the 16,777,216
// per-transaction gas cap of today's mainnet rules; 16 KiB leaves room for the dapp's own
// work within its gas budget.
const MaxCallbackData = 16 << 10

// ErrBadOutput is returned for an output directory that cannot be archived canonically
// (links, devices, or more than the allowed size).
var ErrBadOutput = errors.New("poco: output cannot be archived")

// CanonicalArchive packs dir into the canonical result archive: a tar (USTAR/PAX) of every
// regular file and directory, sorted by path, with fixed times (the Unix epoch), modes
// (0644 files, 0755 directories), owner 0 and no user names, so identical outputs give
// identical bytes on every machine. Symbolic links and special files are refused.
func CanonicalArchive(dir string, maxBytes int64) ([]byte, error) {
	type entry struct {
		rel   string
		isDir bool
		size  int64
	}
	var entries []entry
	var total int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			entries = append(entries, entry{rel: rel + "/", isDir: true})
		case d.Type().IsRegular():
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
			if total > maxBytes {
				return fmt.Errorf("%w: more than %d bytes", ErrBadOutput, maxBytes)
			}
			entries = append(entries, entry{rel: rel, size: info.Size()})
		default:
			return fmt.Errorf("%w: %s is not a regular file or directory", ErrBadOutput, rel)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].rel < entries[j].rel })
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	epoch := time.Unix(0, 0).UTC()
	for _, e := range entries {
		h := &tar.Header{Name: e.rel, ModTime: epoch, Format: tar.FormatPAX}
		if e.isDir {
			h.Typeflag, h.Mode = tar.TypeDir, 0o755
		} else {
			h.Typeflag, h.Mode, h.Size = tar.TypeReg, 0o644, e.size
		}
		if len(e.rel) < 100 {
			h.Format = tar.FormatUSTAR
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, fmt.Errorf("poco: archive %s: %w", e.rel, err)
		}
		if e.isDir {
			continue
		}
		f, err := os.Open(filepath.Join(dir, filepath.FromSlash(e.rel)))
		if err != nil {
			return nil, err
		}
		n, err := io.Copy(tw, io.LimitReader(f, e.size))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("poco: archive %s: %w", e.rel, err)
		}
		if n != e.size {
			return nil, fmt.Errorf("%w: %s changed while archiving", ErrBadOutput, e.rel)
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ResultDigest is the digest of a task's result: keccak256 of /out/callback.bin when the
// deal has a callback, sha256 of the canonical archive otherwise.
func ResultDigest(archive, callbackData []byte, hasCallback bool) common.Hash {
	if hasCallback {
		return crypto.Keccak256Hash(callbackData)
	}
	return sha256.Sum256(archive)
}

// ArchiveFiles reads the regular files of a result archive, by path (directories are
// skipped). A file named twice, or an archive over maxBytes of content, is refused.
func ArchiveFiles(archive []byte, maxBytes int64) (map[string][]byte, error) {
	files := map[string][]byte{}
	total := int64(0)
	tr := tar.NewReader(bytes.NewReader(archive))
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return files, nil
		}
		if err != nil {
			return nil, fmt.Errorf("poco: the result is not a tar archive: %w", err)
		}
		if h.Typeflag == tar.TypeDir {
			continue
		}
		name := strings.TrimPrefix(h.Name, "./")
		if _, dup := files[name]; dup || h.Typeflag != tar.TypeReg {
			return nil, fmt.Errorf("poco: unexpected entry %q in the result archive", h.Name)
		}
		if total += h.Size; total > maxBytes {
			return nil, fmt.Errorf("poco: the result archive holds more than %d bytes", maxBytes)
		}
		if files[name], err = io.ReadAll(tr); err != nil {
			return nil, fmt.Errorf("poco: the result archive: %w", err)
		}
	}
}

// ArchiveFile returns the content of the file at path name in a result archive.
func ArchiveFile(archive []byte, name string, maxBytes int64) ([]byte, error) {
	files, err := ArchiveFiles(archive, maxBytes)
	if err != nil {
		return nil, err
	}
	b, ok := files[name]
	if !ok {
		return nil, fmt.Errorf("poco: no %s in the result", name)
	}
	return b, nil
}
