package match

import (
	"container/list"
	"sync"
)

// DefaultCacheSize is how many expression pairs Compile remembers.
const DefaultCacheSize = 1024

var defaultCache = NewCache(DefaultCacheSize)

// Cache memoizes compiled programs (and compile errors) by expression pair, keeping the
// most recently used ones. It is safe for concurrent use.
type Cache struct {
	mu    sync.Mutex
	size  int
	order *list.List // of *entry, most recent first
	byKey map[key]*list.Element
}

type key struct{ requirements, rank string }

type entry struct {
	key  key
	prog *Program
	err  error
}

// NewCache returns a cache holding at most size pairs (at least 1).
func NewCache(size int) *Cache {
	return &Cache{size: max(size, 1), order: list.New(), byKey: map[key]*list.Element{}}
}

// Compile is the package's Compile, memoized in c.
func (c *Cache) Compile(requirements, rank string) (*Program, error) {
	k := key{requirements, rank}
	c.mu.Lock()
	if el, ok := c.byKey[k]; ok {
		c.order.MoveToFront(el)
		e := el.Value.(*entry)
		c.mu.Unlock()
		return e.prog, e.err
	}
	c.mu.Unlock()
	prog, err := compile(requirements, rank) // outside the lock: compiling takes a while
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byKey[k]; !ok {
		c.byKey[k] = c.order.PushFront(&entry{k, prog, err})
		for c.order.Len() > c.size {
			last := c.order.Back()
			delete(c.byKey, last.Value.(*entry).key)
			c.order.Remove(last)
		}
	}
	return prog, err
}

// Len is how many pairs c holds.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
