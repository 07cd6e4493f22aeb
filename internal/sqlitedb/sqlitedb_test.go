package sqlitedb

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var testMigrations = []string{
	`CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT NOT NULL);`,
	`CREATE TABLE b (id INTEGER PRIMARY KEY, a INTEGER NOT NULL REFERENCES a(id));
	CREATE INDEX b_a ON b (a);`,
	`ALTER TABLE a ADD COLUMN w INTEGER NOT NULL DEFAULT 0;`,
}

func userVersion(t *testing.T, db *sql.DB) int {
	t.Helper()
	var v int
	if err := db.QueryRowContext(context.Background(), "PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func setVersion(t *testing.T, db *sql.DB, v int) {
	t.Helper()
	if _, err := db.ExecContext(context.Background(), "PRAGMA user_version = "+strconv.Itoa(v)); err != nil {
		t.Fatal(err)
	}
}

func tableExists(t *testing.T, db *sql.DB, name string) bool {
	t.Helper()
	var n int
	if err := db.QueryRowContext(context.Background(), `SELECT count(*) FROM sqlite_master WHERE name = ?`, name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n > 0
}

func TestMigrate(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name        string
		before      []string // migrations applied (by Migrate) first
		version     int      // if not -1, user_version set after before
		migrations  []string
		wantErr     string // substring; "" for success
		tooNew      bool
		wantVersion int
		wantTables  []string
		noTables    []string
	}{
		{name: "fresh", version: -1, migrations: testMigrations,
			wantVersion: 3, wantTables: []string{"a", "b", "b_a"}},
		{name: "none", version: -1, migrations: nil, wantVersion: 0},
		{name: "up to date", before: testMigrations, version: -1, migrations: testMigrations,
			wantVersion: 3, wantTables: []string{"a", "b"}},
		{name: "partly migrated", before: testMigrations[:1], version: -1, migrations: testMigrations,
			wantVersion: 3, wantTables: []string{"a", "b"}},
		{name: "newer schema", before: testMigrations, version: 4, migrations: testMigrations,
			wantErr: "schema version 4 is newer than this program (3)", tooNew: true, wantVersion: 4},
		{name: "newer than nothing", version: 1, migrations: nil,
			wantErr: "schema version 1 is newer than this program (0)", tooNew: true, wantVersion: 1},
		{name: "failing migration", before: testMigrations[:1], version: -1,
			// migration 2 creates c and fills it, then breaks a NOT NULL constraint: all rolls back
			migrations: []string{testMigrations[0], `CREATE TABLE c (id INTEGER); INSERT INTO c VALUES (1); INSERT INTO a (v) VALUES (NULL);`, testMigrations[2]},
			wantErr:    "migration 2: ", wantVersion: 1, wantTables: []string{"a"}, noTables: []string{"c"}},
		{name: "failing first migration", version: -1,
			migrations: []string{`CREATE TABLE c (id INTEGER); CREATE TABLE c (id INTEGER);`},
			wantErr:    "migration 1: ", wantVersion: 0, noTables: []string{"c"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := Open(ctx, filepath.Join(t.TempDir(), "db.sqlite"), Options{ForeignKeys: true})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := Migrate(ctx, db, tc.before); err != nil {
				t.Fatal(err)
			}
			if tc.version >= 0 {
				setVersion(t, db, tc.version)
			}
			err = Migrate(ctx, db, tc.migrations)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatal(err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
			}
			var tooNew *SchemaTooNewError
			if errors.As(err, &tooNew) != tc.tooNew {
				t.Errorf("error %v: SchemaTooNewError is %v, want %v", err, !tc.tooNew, tc.tooNew)
			}
			if v := userVersion(t, db); v != tc.wantVersion {
				t.Errorf("user_version %d, want %d", v, tc.wantVersion)
			}
			for _, name := range tc.wantTables {
				if !tableExists(t, db, name) {
					t.Errorf("%s missing", name)
				}
			}
			for _, name := range tc.noTables {
				if tableExists(t, db, name) {
					t.Errorf("%s exists", name)
				}
			}
		})
	}
}

// TestReopen migrates a file, closes it and migrates it again: nothing is reapplied (a
// reapplied CREATE TABLE would fail).
func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "db.sqlite")
	for i := range 2 {
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := Migrate(ctx, db, testMigrations); err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if v := userVersion(t, db); v != len(testMigrations) {
			t.Fatalf("open %d: user_version %d", i, v)
		}
		if i == 0 {
			if _, err := db.ExecContext(ctx, `INSERT INTO a (v) VALUES ('kept')`); err != nil {
				t.Fatal(err)
			}
		} else {
			var v string
			if err := db.QueryRowContext(ctx, `SELECT v FROM a`).Scan(&v); err != nil || v != "kept" {
				t.Fatalf("row after reopening: %q, %v", v, err)
			}
		}
		db.Close()
	}
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		opts     Options
		foreign  int
		maxConns int
	}{
		{name: "defaults", opts: Options{}, foreign: 0, maxConns: 1},
		{name: "foreign keys", opts: Options{ForeignKeys: true}, foreign: 1, maxConns: 1},
		{name: "readers", opts: Options{MaxOpenConns: 4}, foreign: 0, maxConns: 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := Open(ctx, filepath.Join(t.TempDir(), "db.sqlite"), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if got := db.Stats().MaxOpenConnections; got != tc.maxConns {
				t.Errorf("MaxOpenConnections %d, want %d", got, tc.maxConns)
			}
			for _, p := range []struct {
				pragma string
				want   string
			}{{"journal_mode", "wal"}, {"synchronous", "2"}, {"busy_timeout", "5000"}, {"foreign_keys", strconv.Itoa(tc.foreign)}} {
				var got string
				if err := db.QueryRowContext(ctx, "PRAGMA "+p.pragma).Scan(&got); err != nil {
					t.Fatal(err)
				}
				if strings.ToLower(got) != p.want {
					t.Errorf("%s = %s, want %s", p.pragma, got, p.want)
				}
			}
		})
	}
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "missing", "db.sqlite"), Options{}); err == nil {
		t.Error("opened a database in a missing folder")
	}
}

func TestMemory(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := Migrate(ctx, db, testMigrations); err != nil {
		t.Fatal(err)
	}
	if v := userVersion(t, db); v != len(testMigrations) {
		t.Fatalf("user_version %d", v)
	}
}
